import type { Channel } from '@shared/ipc/contract';
import type { IpcHandler, RegisterOptions } from './handle';
import { registerHandler } from './handle';
import { getAppInfo } from './handlers/appInfo';
import { openFile, saveFile } from './handlers/files';

/** One handler per contract channel; the mapped type makes a missing channel a compile error. */
export type HandlerTable = { readonly [C in Channel]: IpcHandler<C> };

export const IPC_HANDLERS: HandlerTable = {
  'app:info': getAppInfo,
  'file:save': saveFile,
  'file:open': openFile,
};

export function registerIpcHandlers(options: RegisterOptions, handlers: HandlerTable = IPC_HANDLERS): void {
  registerHandler('app:info', handlers['app:info'], options);
  registerHandler('file:save', handlers['file:save'], options);
  registerHandler('file:open', handlers['file:open'], options);
}
