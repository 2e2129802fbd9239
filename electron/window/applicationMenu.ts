import type { MenuItemConstructorOptions } from 'electron';
import { Menu } from 'electron';

/** Zoom and full screen stay: staff rely on them to read the register on small or far screens. */
const VIEW_MENU: MenuItemConstructorOptions = {
  label: 'View',
  submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
};

/**
 * Electron's default menu carries Toggle Developer Tools, Reload and Force Reload with their
 * accelerators (security.md §1.3 wants none of them in a release). This keeps what people
 * use: the macOS app menu or a File menu to quit, Edit (on macOS copy and paste only work
 * through it), zoom and the window menu.
 */
export function releaseMenuTemplate(platform: NodeJS.Platform): MenuItemConstructorOptions[] {
  const first: MenuItemConstructorOptions = platform === 'darwin' ? { role: 'appMenu' } : { role: 'fileMenu' };
  return [first, { role: 'editMenu' }, VIEW_MENU, { role: 'windowMenu' }];
}

/** In a developer run Electron's default menu stays, since it is how DevTools are opened. */
export function installApplicationMenu(devTools: boolean, platform: NodeJS.Platform): void {
  if (devTools) return;
  Menu.setApplicationMenu(Menu.buildFromTemplate(releaseMenuTemplate(platform)));
}
