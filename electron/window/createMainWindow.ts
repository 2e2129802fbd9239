import { BrowserWindow } from 'electron';
import { logger } from '../log/logger';
import { APP_ENTRY_URL } from '../protocol/appUrl';

export type MainWindowOptions = {
  /** Absolute path of the bundled CommonJS preload (a sandboxed preload cannot load ESM). */
  readonly preloadPath: string;
  /** True only for an unpackaged build started with the explicit developer flag. */
  readonly devTools: boolean;
};

/**
 * The only place in the app where webPreferences are set. They are written out in full
 * inside `new BrowserWindow(...)`, rather than built elsewhere, because Electronegativity
 * can only check a literal there; the unit test snapshots what the constructor receives.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 600,
    show: false,
    title: 'Habeas',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
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
      devTools: options.devTools,
    },
  });
  window.once('ready-to-show', () => {
    window.show();
  });
  window.loadURL(APP_ENTRY_URL).catch(() => {
    logger.error('window.load-failed');
  });
  return window;
}
