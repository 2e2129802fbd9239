import { describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '@shared/ipc/channels';
import { IPC_HANDLERS, registerIpcHandlers } from '../../../../electron/ipc/registerIpcHandlers';
import { fakeElectron } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

describe('registerIpcHandlers', () => {
  it('registers exactly the contract channels, each once', async () => {
    const electron = await fakeElectron();
    registerIpcHandlers({ getMainWindow: () => null });
    const registered = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect([...registered].sort()).toEqual(Object.values(API_CHANNELS).sort());
    expect(Object.keys(IPC_HANDLERS).sort()).toEqual(Object.values(API_CHANNELS).sort());
  });
});
