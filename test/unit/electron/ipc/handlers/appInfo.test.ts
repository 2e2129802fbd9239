import { describe, expect, it, vi } from 'vitest';
import { getAppInfo } from '../../../../../electron/ipc/handlers/appInfo';

vi.mock('electron', async () => (await import('../../fakeElectron')).createFakeElectron());

describe('app:info', () => {
  it('reports the app name, version and runtime, and nothing about the user', () => {
    const info = getAppInfo();
    expect(info).toMatchObject({ name: 'Habeas', version: '0.1.0', platform: 'electron', os: process.platform });
    expect(Object.keys(info).sort()).toEqual(['name', 'os', 'platform', 'version', 'versions']);
    expect(JSON.stringify(info)).not.toContain(process.cwd());
  });
});
