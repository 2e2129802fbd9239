/** electron-builder afterPack hook: runs after the app is copied in and before signing. */
import { join } from 'node:path';
import { applyFuses } from './fuses.mjs';

/** Where electron-builder put the Electron executable for this platform. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return join(appOutDir, packager.executableName);
  }
}

export async function afterPack(context) {
  await applyFuses(electronBinaryPath(context));
}
