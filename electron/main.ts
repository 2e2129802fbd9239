/** Composition root: app lifecycle and wiring only. Each policy lives in its own module. */
import { url as inspectorUrl } from 'node:inspector';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { app, protocol, session } from 'electron';
import { registerIpcHandlers } from './ipc/registerIpcHandlers';
import { logger } from './log/logger';
import { registerAppProtocol } from './protocol/appProtocolHandler';
import { APP_SCHEME_PRIVILEGES } from './protocol/schemes';
import { defaultSessionPolicy, hardenSession } from './security/hardenSession';
import * as guards from './security/startupGuards';
import { installApplicationMenu } from './window/applicationMenu';
import { createMainWindow } from './window/createMainWindow';
import { hardenWebContents } from './window/hardenWebContents';

// The bundle is out/main/index.js; its siblings are out/preload and out/renderer.
const RENDERER_DIR = join(import.meta.dirname, '../renderer');
const PRELOAD_PATH = join(import.meta.dirname, '../preload/index.cjs');

let mainWindow: BrowserWindow | null = null;

function showMainWindow(devTools: boolean): void {
  if (mainWindow === null || mainWindow.isDestroyed()) {
    const created = createMainWindow({ preloadPath: PRELOAD_PATH, devTools });
    created.on('closed', () => {
      mainWindow = null;
    });
    mainWindow = created;
    return;
  }
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

/** A dump still locked by a crashed process or a virus scanner must not keep the register closed; the next start retries. */
async function purgeCrashDumpsBestEffort(): Promise<void> {
  try {
    await guards.purgeCrashDumps({ crashDumps: app.getPath('crashDumps'), userData: app.getPath('userData') });
  } catch (error) {
    const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
    logger.warn('crash-dumps.purge-failed', { code });
  }
}

async function onReady(devTools: boolean): Promise<void> {
  await purgeCrashDumpsBestEffort();
  hardenSession(session.defaultSession, defaultSessionPolicy({ devTools }));
  registerAppProtocol(protocol, RENDERER_DIR);
  registerIpcHandlers({ getMainWindow: () => mainWindow });
  installApplicationMenu(devTools, process.platform);
  showMainWindow(devTools);
}

/** True when a debugging interface was asked for; the app is then exiting and must do nothing else. */
function refuseDebugging(): boolean {
  const requested = guards.findDebuggingSwitch(app.commandLine, [...process.argv, ...process.execArgv]);
  const refused = requested ?? (guards.inspectorListening(inspectorUrl()) ? 'inspector' : null);
  if (refused === null) return false;
  guards.removeDebuggingSwitches(app.commandLine);
  logger.error('startup.refused', { switch: refused });
  app.exit(guards.EXIT_CODE_DEBUGGING_REFUSED);
  return true;
}

function watchApp(devTools: boolean): void {
  app.on('session-created', (created) => {
    hardenSession(created, defaultSessionPolicy({ devTools }));
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents);
  });
  // A second launch (or a dock click on macOS) brings the one window back instead of opening another.
  const reopen = () => {
    if (app.isReady()) showMainWindow(devTools);
  };
  app.on('second-instance', reopen);
  app.on('activate', reopen);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}

function start(): void {
  if (refuseDebugging()) return;
  app.enableSandbox();
  protocol.registerSchemesAsPrivileged([...APP_SCHEME_PRIVILEGES]);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const devTools = guards.devToolsAllowed({ isPackaged: app.isPackaged, appPath: app.getAppPath(), env: process.env });
  watchApp(devTools);
  app.whenReady().then(() => onReady(devTools)).catch(() => {
    logger.error('startup.failed');
    app.exit(guards.EXIT_CODE_STARTUP_FAILED);
  });
}

start();
