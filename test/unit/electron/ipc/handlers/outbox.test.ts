import type { BrowserWindow } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcResult } from '@shared/ipc/contract';
import { registerIpcHandlers } from '../../../../../electron/ipc/registerIpcHandlers';
import { sendBundle } from '../../../../../electron/ipc/handlers/outbox';
import { outboxSession } from '../../../../../electron/outbox/outboxSession';
import type { UploadEnvironment, UploadTransport } from '../../../../../electron/outbox/uploadBundle';
import type { FakeElectron, FakeSession } from '../../fakeElectron';
import { FakeBrowserWindow, fakeElectron, invokeEvent } from '../../fakeElectron';

vi.mock('electron', async () => (await import('../../fakeElectron')).createFakeElectron());

const BUNDLE_ID = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';
const valid = { bundleId: BUNDLE_ID, endpoint: 'https://adviser.example/inbox', bytes: new Uint8Array([1, 2, 3]) };

let electron: FakeElectron;
let window: FakeBrowserWindow;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.ipcHandlers.clear();
  electron.net.requests.length = 0;
  electron.net.request.mockClear();
  window = new FakeBrowserWindow();
  registerIpcHandlers({ getMainWindow: () => window as unknown as BrowserWindow });
});

function outboxSessionOf(): FakeSession {
  return outboxSession() as unknown as FakeSession;
}

function invoke(request: unknown): Promise<IpcResult<unknown>> {
  const listener = electron.ipcHandlers.get('outbox:send');
  if (listener === undefined) throw new Error('outbox:send is not registered');
  return listener(invokeEvent(window.webContents, window.webContents.mainFrame), request) as Promise<IpcResult<unknown>>;
}

describe('outbox:send over IPC', () => {
  it.each([
    ['an http endpoint', { ...valid, endpoint: 'http://adviser.example/inbox' }],
    ['credentials in the endpoint', { ...valid, endpoint: 'https://user:secret@adviser.example/' }],
    ['a file: endpoint', { ...valid, endpoint: 'file:///etc/passwd' }],
    ['no bytes', { ...valid, bytes: new Uint8Array() }],
    ['bytes as an array', { ...valid, bytes: [1, 2, 3] }],
    ['a bundle id that is not a UUID', { ...valid, bundleId: '../../x' }],
    ['an extra key', { ...valid, method: 'GET' }],
  ])('refuses %s before any network request', async (_name, request) => {
    const result = await invoke(request);
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(electron.net.request).not.toHaveBeenCalled();
  });

  it('uploads through the outbox session, not the default one, and answers with the outcome', async () => {
    const pending = invoke(valid);
    await vi.waitFor(() => {
      expect(electron.net.requests).toHaveLength(1);
    });
    const request = electron.net.requests[0]!;
    const outboxSession = outboxSessionOf();
    expect(request.options.session).toBe(outboxSession);
    expect(request.options.session).not.toBe(electron.session.defaultSession);
    expect(outboxSession.requestCancelled('https://adviser.example/inbox')).toBe(false);
    request.respond(202);
    expect(await pending).toEqual({ ok: true, value: { status: 'sent', httpStatus: 202 } });
    expect(outboxSession.requestCancelled('https://adviser.example/inbox')).toBe(true);
  });

  it('reports offline without a request when net.isOnline() says so', async () => {
    electron.net.isOnline.mockReturnValueOnce(false);
    expect(await invoke(valid)).toEqual({ ok: true, value: { status: 'failed', reason: 'offline', httpStatus: null } });
    expect(electron.net.request).not.toHaveBeenCalled();
  });
});

describe('sendBundle', () => {
  it('sends to the normalised endpoint', async () => {
    const transport = vi.fn<UploadTransport>(() => Promise.resolve({ kind: 'response', status: 200 }));
    const environment = (): UploadEnvironment => ({ transport, isOnline: () => true });
    await sendBundle({ ...valid, endpoint: 'HTTPS://Adviser.Example:443/inbox' }, environment);
    expect(transport.mock.calls[0]?.[0].url).toBe('https://adviser.example/inbox');
  });
});
