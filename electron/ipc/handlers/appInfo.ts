import { app } from 'electron';
import type { AppInfo } from '@shared/ipc/contract';

/** `app:info`: what the About screen and bug reports show; nothing about the user or their files. */
export function getAppInfo(): AppInfo {
  return {
    name: app.getName(),
    version: app.getVersion(),
    platform: 'electron',
    os: process.platform,
    versions: {
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      node: process.versions.node,
    },
  };
}
