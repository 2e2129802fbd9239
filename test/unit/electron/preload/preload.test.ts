import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '@shared/ipc/channels';
import type { FakeElectron } from '../fakeElectron';
import { fakeElectron } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

let electron: FakeElectron;
let api: Record<string, unknown>;

beforeAll(async () => {
  electron = await fakeElectron();
  await import('../../../../electron/preload/index');
  expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
  expect(name).toBe('habeas');
  api = exposed;
});

describe('preload bridge', () => {
  it('exposes exactly one function per contract method', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(API_CHANNELS).sort());
    for (const value of Object.values(api)) expect(typeof value).toBe('function');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('exposes no generic invoke, no ipcRenderer and nothing from Electron', () => {
    for (const key of ['invoke', 'send', 'sendSync', 'on', 'once', 'ipcRenderer', 'electron', 'process', 'require']) {
      expect(api).not.toHaveProperty(key);
    }
    expect(electron.contextBridge.exposeInMainWorld.mock.calls.flat()).not.toContain(electron.ipcRenderer);
  });

  it.each(Object.entries(API_CHANNELS))('%s invokes %s with only the request', async (method, channel) => {
    electron.ipcRenderer.invoke.mockClear();
    electron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: method });
    const request = { marker: method };
    const call = api[method] as (...args: unknown[]) => Promise<unknown>;
    await expect(call(request, 'smuggled', { extra: true })).resolves.toEqual({ ok: true, value: method });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request);
  });

  it('imports only electron and the channel names (types aside)', async () => {
    const source = await readFile(join(import.meta.dirname, '../../../../electron/preload/index.ts'), 'utf8');
    const valueImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
    expect(valueImports.sort()).toEqual(['@shared/ipc/channels', 'electron']);
  });
});
