import type * as fsPromises from 'node:fs/promises';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { API_CHANNELS } from '@shared/ipc/channels';
import type { FakeElectron } from './fakeElectron';
import { createFakeElectron, FakeSession, FakeWebContents, flushPromises } from './fakeElectron';

const originalArgv = process.argv;
let electron: FakeElectron;
/** What node:inspector's url() answers: a URL while an inspector is listening. */
const inspector = { url: undefined as string | undefined };

// main.ts acts when imported, so every test gets a fresh module graph and a fresh fake.
beforeEach(() => {
  vi.resetModules();
  const fresh = createFakeElectron();
  vi.doMock('electron', () => fresh);
  vi.doMock('node:inspector', () => ({ url: () => inspector.url }));
  electron = fresh;
  inspector.url = undefined;
  process.argv = ['/opt/Habeas/habeas'];
});

afterEach(() => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
});

async function startMain(): Promise<void> {
  await import('../../../electron/main');
  await flushPromises();
}

/** Starts main and waits for the ready handler, which awaits real file-system work, to finish. */
async function startMainAndWaitForWindow(): Promise<void> {
  await startMain();
  await vi.waitFor(() => {
    expect(electron.app.exit).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(1);
  });
}

const SHOULD_NOT_START = () => {
  expect(electron.app.enableSandbox).not.toHaveBeenCalled();
  expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled();
  expect(electron.app.whenReady).not.toHaveBeenCalled();
  expect(electron.windows).toHaveLength(0);
};

describe('main: refusing to start', () => {
  it.each(['remote-debugging-port', 'remote-debugging-pipe', 'inspect'])('exits when --%s is present', async (name) => {
    electron.switches.add(name);
    await startMain();
    expect(electron.app.exit).toHaveBeenCalledWith(3);
    SHOULD_NOT_START();
  });

  it('removes the debugging switches before exiting, so Chromium never opens the port', async () => {
    electron.switches.add('remote-debugging-port');
    await startMain();
    expect(electron.app.commandLine.removeSwitch).toHaveBeenCalledWith('remote-debugging-port');
    expect(electron.switches.has('remote-debugging-port')).toBe(false);
    const removedAt = electron.app.commandLine.removeSwitch.mock.invocationCallOrder[0]!;
    expect(removedAt).toBeLessThan(electron.app.exit.mock.invocationCallOrder[0]!);
  });

  it('exits when a Node inspector is already listening, however it was started', async () => {
    inspector.url = 'ws://127.0.0.1:9229/4b1f';
    await startMain();
    expect(electron.app.exit).toHaveBeenCalledWith(3);
    SHOULD_NOT_START();
  });

  it('exits when argv asks for the Node inspector', async () => {
    process.argv = ['/opt/Habeas/habeas', '--inspect-brk=9229'];
    await startMain();
    expect(electron.app.exit).toHaveBeenCalledWith(3);
    SHOULD_NOT_START();
  });

  it('quits when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await startMain();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.windows).toHaveLength(0);
  });
});

describe('main: normal start', () => {
  it('enables the sandbox and registers the app scheme before ready, without bypassCSP', async () => {
    await startMainAndWaitForWindow();
    expect(electron.app.enableSandbox).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    const [schemes] = electron.protocol.registerSchemesAsPrivileged.mock.calls[0] as [{ privileges: object }[]];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
    const readyOrder = electron.app.whenReady.mock.invocationCallOrder[0]!;
    expect(electron.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyOrder);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyOrder);
    expect(electron.app.requestSingleInstanceLock).toHaveBeenCalled();
  });

  it('on ready: hardens the default session, serves app://, registers IPC and opens one window', async () => {
    await startMainAndWaitForWindow();
    const session = electron.session.defaultSession;
    expect(session.requestCancelled('https://example.org/')).toBe(true);
    expect(session.requestCancelled('app://habeas/index.html')).toBe(false);
    expect(session.permissionCheckHandler?.(null, 'media', 'app://habeas', {} as never)).toBe(false);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = electron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.values(API_CHANNELS).sort());
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://habeas/index.html');
    expect(electron.app.exit).not.toHaveBeenCalled();
  });

  it('never starts the crash reporter, and purges old crash dumps', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'habeas-main-'));
    try {
      await mkdir(join(userData, 'Crashpad', 'completed'), { recursive: true });
      await writeFile(join(userData, 'Crashpad', 'completed', 'old.dmp'), 'memory');
      electron.paths.userData = userData;
      electron.paths.crashDumps = join(userData, 'Crashpad');
      await startMainAndWaitForWindow();
      expect(electron.crashReporter.start).not.toHaveBeenCalled();
      expect(await readdir(userData)).toEqual([]);
    } finally {
      await rm(userData, { recursive: true, force: true });
    }
  });

  it('still opens the register when an old crash dump cannot be deleted', async () => {
    vi.doMock('node:fs/promises', async (importOriginal) => ({
      ...(await importOriginal<typeof fsPromises>()),
      rm: () => Promise.reject(Object.assign(new Error('EBUSY: resource busy'), { code: 'EBUSY' })),
    }));
    try {
      await startMainAndWaitForWindow();
      expect(electron.windows[0]?.loadURL).toHaveBeenCalledWith('app://habeas/index.html');
    } finally {
      vi.doUnmock('node:fs/promises');
    }
  });

  it('hardens every webContents and every session created later', async () => {
    await startMainAndWaitForWindow();
    const contents = new FakeWebContents();
    electron.app.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: 'https://x.org/' })).toEqual({ action: 'deny' });
    const session = new FakeSession();
    electron.app.emit('session-created', session);
    expect(session.requestCancelled('https://example.org/')).toBe(true);
    expect(session.permissionCheckHandler?.(null, 'geolocation', 'app://habeas', {} as never)).toBe(false);
  });

  it('focuses the existing window when a second instance starts', async () => {
    await startMainAndWaitForWindow();
    const [window] = electron.windows;
    window!.minimized = true;
    electron.app.emit('second-instance');
    expect(electron.windows).toHaveLength(1);
    expect(window!.restore).toHaveBeenCalled();
    expect(window!.focus).toHaveBeenCalled();
  });

  it('quits when every window is closed (outside macOS)', async () => {
    await startMainAndWaitForWindow();
    electron.app.emit('window-all-closed');
    expect(electron.app.quit).toHaveBeenCalledTimes(process.platform === 'darwin' ? 0 : 1);
  });
});

describe('main: DevTools', () => {
  const devToolsOf = () => (electron.windows[0]?.options.webPreferences as { devTools: boolean }).devTools;

  it('are off by default', async () => {
    await startMainAndWaitForWindow();
    expect(devToolsOf()).toBe(false);
  });

  it('are on for an unpackaged build with HABEAS_DEVTOOLS=1', async () => {
    vi.stubEnv('HABEAS_DEVTOOLS', '1');
    await startMainAndWaitForWindow();
    expect(devToolsOf()).toBe(true);
  });

  it('stay off in a packaged build even with the flag', async () => {
    vi.stubEnv('HABEAS_DEVTOOLS', '1');
    electron.app.isPackaged = true;
    await startMainAndWaitForWindow();
    expect(devToolsOf()).toBe(false);
  });

  it('stay off in a release renamed to electron (isPackaged false, app still in app.asar)', async () => {
    vi.stubEnv('HABEAS_DEVTOOLS', '1');
    electron.app.appPath = '/tmp/copy/resources/app.asar';
    await startMainAndWaitForWindow();
    expect(devToolsOf()).toBe(false);
  });
});

describe('main: application menu', () => {
  const menuRoles = (): unknown[] => {
    const [menu] = electron.Menu.setApplicationMenu.mock.calls[0] as [{ template: unknown[] }];
    return JSON.stringify(menu.template).match(/"role":"[A-Za-z]+"/g) ?? [];
  };

  it('replaces the default menu, and its DevTools and reload items, in a release', async () => {
    await startMainAndWaitForWindow();
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    expect(menuRoles()).toContain('"role":"editMenu"');
    expect(menuRoles().join()).not.toMatch(/toggleDevTools|reload|forceReload|viewMenu/i);
  });

  it('keeps the default menu in a developer run with DevTools', async () => {
    vi.stubEnv('HABEAS_DEVTOOLS', '1');
    await startMainAndWaitForWindow();
    expect(electron.Menu.setApplicationMenu).not.toHaveBeenCalled();
  });
});
