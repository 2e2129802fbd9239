import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMainWindow } from '../../../../electron/window/createMainWindow';
import type { FakeBrowserWindow, FakeElectron } from '../fakeElectron';
import { fakeElectron } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

let electron: FakeElectron;

beforeEach(async () => {
  electron = await fakeElectron();
  electron.windows.length = 0;
});

function onlyWindow(): FakeBrowserWindow {
  expect(electron.windows).toHaveLength(1);
  const [window] = electron.windows;
  return window!;
}

describe('createMainWindow', () => {
  it('sets exactly the hardened webPreferences', () => {
    createMainWindow({ preloadPath: '/app/out/preload/index.cjs', devTools: false });
    expect(onlyWindow().options.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
      plugins: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false,
    });
  });

  it('never sets the preferences that weaken isolation', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: false });
    const preferences = onlyWindow().options.webPreferences as Record<string, unknown>;
    for (const key of ['enableBlinkFeatures', 'partition', 'session', 'additionalArguments', 'offscreen']) {
      expect(preferences).not.toHaveProperty(key);
    }
  });

  it('passes the devTools decision through unchanged', () => {
    createMainWindow({ preloadPath: '/p.cjs', devTools: true });
    expect((onlyWindow().options.webPreferences as Record<string, unknown>).devTools).toBe(true);
  });

  it('loads the app entry over app://habeas/ and shows the window once ready', () => {
    const window = createMainWindow({ preloadPath: '/p.cjs', devTools: false }) as unknown as FakeBrowserWindow;
    expect(window.loadURL).toHaveBeenCalledWith('app://habeas/index.html');
    expect(window.options.show).toBe(false);
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledTimes(1);
  });
});
