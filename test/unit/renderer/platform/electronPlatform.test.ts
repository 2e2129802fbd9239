// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { HabeasApi } from '@shared/ipc/contract';
import { createElectronPlatform } from '../../../../renderer/platform/electronPlatform';
import { selectPlatform } from '../../../../renderer/platform';

const APP_INFO = { name: 'Habeas', version: '0.1.0', platform: 'electron', os: 'linux', versions: { electron: '45.5.0' } } as const;

function fakeBridge(overrides: Partial<HabeasApi> = {}): HabeasApi {
  return {
    appInfo: vi.fn(() => Promise.resolve({ ok: true as const, value: { ...APP_INFO, versions: { ...APP_INFO.versions } } })),
    saveFile: vi.fn(() => Promise.resolve({ ok: true as const, value: { status: 'cancelled' as const } })),
    openFile: vi.fn(() => Promise.resolve({ ok: false as const, error: { code: 'too-large' as const, message: 'over limit' } })),
    sendBundle: vi.fn(() => Promise.resolve({ ok: true as const, value: { status: 'sent' as const, httpStatus: 201 } })),
    savePdf: vi.fn(() => Promise.resolve({ ok: true as const, value: { status: 'cancelled' as const } })),
    ...overrides,
  };
}

describe('the Electron platform', () => {
  it('asks the bridge for app info and passes its answer through', async () => {
    const bridge = fakeBridge();
    expect(await createElectronPlatform(bridge).appInfo()).toEqual({ ok: true, value: APP_INFO });
    expect(bridge.appInfo).toHaveBeenCalledWith({});
  });

  it('sends save requests as the contract defines them', async () => {
    const bridge = fakeBridge();
    const bytes = new Uint8Array([1, 2, 3]);
    const filters = [{ name: 'Bundles', extensions: ['habeas'] }];
    expect(await createElectronPlatform(bridge).saveFile(bytes, 'out.habeas', filters)).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(bridge.saveFile).toHaveBeenCalledWith({ bytes, suggestedName: 'out.habeas', filters });
  });

  it('asks the bridge to save the page as a PDF with only a file name', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(platform.canSavePdf).toBe(true);
    expect(await platform.savePdf('register-extract.pdf')).toEqual({ ok: true, value: { status: 'cancelled' } });
    expect(bridge.savePdf).toHaveBeenCalledWith({ suggestedName: 'register-extract.pdf' });
  });

  it('passes the bridge errors through with their code', async () => {
    const bridge = fakeBridge();
    const result = await createElectronPlatform(bridge).openFiles([], { multiple: true, maxBytes: 10 });
    expect(result).toEqual({ ok: false, error: { code: 'too-large', message: 'over limit' } });
    expect(bridge.openFile).toHaveBeenCalledWith({ filters: [], multiple: true, maxBytes: 10 });
  });

  it('can send bundles, and passes an upload to the bridge as the contract defines it', async () => {
    const bridge = fakeBridge();
    const platform = createElectronPlatform(bridge);
    expect(platform.canSendBundles).toBe(true);
    const upload = { bundleId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', endpoint: 'https://adviser.example/inbox', bytes: new Uint8Array([9, 8]) };
    expect(await platform.sendBundle(upload)).toEqual({ ok: true, value: { status: 'sent', httpStatus: 201 } });
    expect(bridge.sendBundle).toHaveBeenCalledWith(upload);
  });

  it('turns a rejected bridge call into an internal error instead of throwing', async () => {
    const bridge = fakeBridge({ appInfo: () => Promise.reject(new Error('main process gone')) });
    expect(await createElectronPlatform(bridge).appInfo()).toEqual({ ok: false, error: { code: 'internal', message: 'main process gone' } });
  });

  it('is chosen when the preload exposed window.habeas, and the browser one otherwise', async () => {
    const bridge = fakeBridge();
    const electronWindow = Object.assign(Object.create(window) as Window, { habeas: bridge });
    expect(await selectPlatform(electronWindow).appInfo()).toMatchObject({ value: { platform: 'electron' } });
    expect(await selectPlatform(window).appInfo()).toMatchObject({ value: { platform: 'browser' } });
  });
});
