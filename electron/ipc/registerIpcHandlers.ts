import type { Channel } from '@shared/ipc/contract';
import type { IpcHandler, RegisterOptions } from './handle';
import { registerHandler } from './handle';
import { getAppInfo } from './handlers/appInfo';
import { openFile, saveFile } from './handlers/files';
import { savePdf } from './handlers/pdf';
import { sendBundle } from './handlers/outbox';

/** One handler per contract channel; the mapped type makes a missing channel a compile error. */
export type HandlerTable = { readonly [C in Channel]: IpcHandler<C> };

export const IPC_HANDLERS: HandlerTable = {
  'app:info': getAppInfo,
  'file:save': saveFile,
  'file:open': openFile,
  'outbox:send': (request) => sendBundle(request),
  'pdf:save': savePdf,
};

export function registerIpcHandlers(options: RegisterOptions, handlers: HandlerTable = IPC_HANDLERS): void {
  registerHandler('app:info', handlers['app:info'], options);
  registerHandler('file:save', handlers['file:save'], options);
  registerHandler('file:open', handlers['file:open'], options);
  registerHandler('outbox:send', handlers['outbox:send'], options);
  registerHandler('pdf:save', handlers['pdf:save'], options);
}
