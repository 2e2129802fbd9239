/**
 * A stand-in for the `electron` module, for main-process and preload tests. Electron's
 * binary cannot run on the build machines, so every test file starts with:
 *
 *   vi.mock('electron', async () => (await import('./fakeElectron')).createFakeElectron());
 *
 * and reaches the instance with `await fakeElectron()`. Modules that act when imported
 * (electron/main.ts) need a fresh fake per test: `vi.resetModules()`, then
 * `vi.doMock('electron', () => createFakeElectron())`, then import them.
 */
import { EventEmitter } from 'node:events';
import type { IpcMainInvokeEvent, Session } from 'electron';
import { vi } from 'vitest';

export type FakeFrame = { url: string; parent: FakeFrame | null };

export function makeFrame(url: string, parent: FakeFrame | null = null): FakeFrame {
  return { url, parent };
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };

export class FakeWebContents extends EventEmitter {
  mainFrame: FakeFrame;
  windowOpenHandler: WindowOpenHandler | null = null;
  readonly setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });

  constructor(url = 'app://habeas/index.html') {
    super();
    this.mainFrame = makeFrame(url);
  }
}

export class FakeBrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  readonly loadURL = vi.fn<(url: string) => Promise<void>>(() => Promise.resolve());
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();

  constructor(readonly options: Record<string, unknown> = {}) {
    super();
  }

  isDestroyed(): boolean {
    return this.destroyed;
  }

  isMinimized(): boolean {
    return this.minimized;
  }
}

type Handler<K extends keyof Session> = Session[K] extends (handler: infer H, ...rest: never[]) => unknown ? H : never;
type BeforeRequestListener = (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void;

export class FakeSession extends EventEmitter {
  permissionRequestHandler: Handler<'setPermissionRequestHandler'> = null;
  permissionCheckHandler: Handler<'setPermissionCheckHandler'> = null;
  devicePermissionHandler: Handler<'setDevicePermissionHandler'> = null;
  displayMediaRequestHandler: Handler<'setDisplayMediaRequestHandler'> = null;
  beforeRequestListener: BeforeRequestListener | null = null;
  readonly setPermissionRequestHandler = vi.fn((handler: Handler<'setPermissionRequestHandler'>) => {
    this.permissionRequestHandler = handler;
  });
  readonly setPermissionCheckHandler = vi.fn((handler: Handler<'setPermissionCheckHandler'>) => {
    this.permissionCheckHandler = handler;
  });
  readonly setDevicePermissionHandler = vi.fn((handler: Handler<'setDevicePermissionHandler'>) => {
    this.devicePermissionHandler = handler;
  });
  readonly setDisplayMediaRequestHandler = vi.fn((handler: Handler<'setDisplayMediaRequestHandler'>) => {
    this.displayMediaRequestHandler = handler;
  });
  readonly setSpellCheckerEnabled = vi.fn();
  readonly setUserAgent = vi.fn();
  readonly webRequest = {
    onBeforeRequest: vi.fn((listener: BeforeRequestListener) => {
      this.beforeRequestListener = listener;
    }),
  };

  /** Runs a URL through the installed request filter and reports whether it was cancelled. */
  requestCancelled(url: string): boolean {
    let cancelled: boolean | undefined;
    this.beforeRequestListener?.({ url }, (response) => {
      cancelled = response.cancel === true;
    });
    if (cancelled === undefined) throw new Error('no request filter installed');
    return cancelled;
  }
}

/** A stand-in for Electron's net.ClientRequest: records what was sent; tests make it answer. */
export class FakeClientRequest extends EventEmitter {
  readonly headers = new Map<string, string>();
  body: Buffer | undefined;
  aborted = false;
  readonly setHeader = vi.fn((name: string, value: string) => {
    this.headers.set(name, value);
  });
  readonly end = vi.fn((chunk?: Buffer) => {
    this.body = chunk;
  });
  readonly abort = vi.fn(() => {
    this.aborted = true;
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
  }

  /** Answers with a status line, then the body chunks; returns the response. */
  respond(statusCode: number, chunks: readonly Buffer[] = []): EventEmitter {
    const response = Object.assign(new EventEmitter(), { statusCode });
    this.emit('response', response);
    for (const chunk of chunks) response.emit('data', chunk);
    response.emit('end');
    return response;
  }
}

function createNet() {
  const requests: FakeClientRequest[] = [];
  return {
    requests,
    request: vi.fn((options: Record<string, unknown>) => {
      const request = new FakeClientRequest(options);
      requests.push(request);
      return request;
    }),
    isOnline: vi.fn(() => true),
  };
}

type IpcListener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

function createApp(switches: Set<string>, paths: Record<string, string>) {
  return Object.assign(new EventEmitter(), {
    isPackaged: false,
    /** Where an unpackaged run loads from; a release loads from `…/resources/app.asar`. */
    appPath: '/nonexistent/habeas-fake/app',
    commandLine: {
      hasSwitch: vi.fn((name: string) => switches.has(name)),
      appendSwitch: vi.fn(),
      removeSwitch: vi.fn((name: string) => {
        switches.delete(name);
      }),
    },
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    exit: vi.fn(),
    whenReady: vi.fn(() => Promise.resolve()),
    isReady: vi.fn(() => true),
    getAppPath(this: { appPath: string }): string {
      return this.appPath;
    },
    getName: vi.fn(() => 'Habeas'),
    getVersion: vi.fn(() => '0.1.0'),
    getPath: vi.fn((name: string) => {
      const path = paths[name];
      if (path === undefined) throw new Error(`unknown path ${name}`);
      return path;
    }),
  });
}

/** A BrowserWindow class that records every window it constructs in `windows`. */
function browserWindowClass(windows: FakeBrowserWindow[]) {
  return class BrowserWindow extends FakeBrowserWindow {
    constructor(options: Record<string, unknown> = {}) {
      super(options);
      windows.push(this);
    }

    static getAllWindows(): FakeBrowserWindow[] {
      return [...windows];
    }
  };
}

export function createFakeElectron() {
  const switches = new Set<string>();
  // Paths that do not exist, so nothing a test forgets to redirect can touch real files.
  const paths: Record<string, string> = {
    userData: '/nonexistent/habeas-fake/userData',
    crashDumps: '/nonexistent/habeas-fake/userData/Crashpad',
    documents: '/nonexistent/habeas-fake/Documents',
    downloads: '/nonexistent/habeas-fake/Downloads',
    home: '/nonexistent/habeas-fake',
  };
  const windows: FakeBrowserWindow[] = [];
  const ipcHandlers = new Map<string, IpcListener>();
  return {
    switches,
    paths,
    windows,
    ipcHandlers,
    app: createApp(switches, paths),
    BrowserWindow: browserWindowClass(windows),
    session: { defaultSession: new FakeSession(), fromPartition: vi.fn(() => new FakeSession()) },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: {
      handle: vi.fn((channel: string, listener: IpcListener) => {
        ipcHandlers.set(channel, listener);
      }),
    },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
      setApplicationMenu: vi.fn(),
    },
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: { invoke: vi.fn<(...args: unknown[]) => Promise<unknown>>(() => Promise.resolve({ ok: true, value: null })) },
    crashReporter: { start: vi.fn(), setUploadToServer: vi.fn() },
    net: createNet(),
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;

/** The fake that the mocked `electron` module currently resolves to. */
export async function fakeElectron(): Promise<FakeElectron> {
  return (await import('electron')) as unknown as FakeElectron;
}

/** Lets queued promise callbacks (such as `whenReady().then(...)`) run. */
export function flushPromises(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** A minimal invoke event, typed as Electron's so it can be passed to the real handlers. */
export function invokeEvent(sender: FakeWebContents, senderFrame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}
