import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { installApplicationMenu, releaseMenuTemplate } from '../../../../electron/window/applicationMenu';
import { fakeElectron } from '../fakeElectron';

vi.mock('electron', async () => (await import('../fakeElectron')).createFakeElectron());

function rolesOf(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? rolesOf(item.submenu) : []),
  ]);
}

// Roles whose default submenus or accelerators reach DevTools or reload the renderer.
const FORBIDDEN_ROLES = ['toggleDevTools', 'reload', 'forceReload', 'viewMenu', 'help'];

describe('releaseMenuTemplate', () => {
  it.each(['darwin', 'win32', 'linux'] as const)('has no DevTools or reload item on %s', (platform) => {
    const roles = rolesOf(releaseMenuTemplate(platform));
    for (const role of FORBIDDEN_ROLES) expect(roles).not.toContain(role);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'zoomOut', 'resetZoom', 'windowMenu']));
  });

  it('keeps the macOS app menu (quit, hide) on macOS and a File menu elsewhere', () => {
    expect(rolesOf(releaseMenuTemplate('darwin'))[0]).toBe('appMenu');
    expect(rolesOf(releaseMenuTemplate('win32'))[0]).toBe('fileMenu');
  });
});

describe('installApplicationMenu', () => {
  it('installs the release menu unless DevTools are allowed', async () => {
    const electron = await fakeElectron();
    installApplicationMenu(true, 'linux');
    expect(electron.Menu.setApplicationMenu).not.toHaveBeenCalled();
    installApplicationMenu(false, 'linux');
    expect(electron.Menu.buildFromTemplate).toHaveBeenCalledWith(releaseMenuTemplate('linux'));
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });
});
