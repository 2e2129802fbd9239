import type { BrowserWindow, IpcMainInvokeEvent } from 'electron';
import { ipcMain } from 'electron';
import type { z } from 'zod';
import type { Channel, ChannelResponse, IpcErrorCode, IpcResult } from '@shared/ipc/contract';
import { requestSchemas } from '@shared/ipc/contract';
import { logger } from '../log/logger';
import { isAppUrl } from '../protocol/appUrl';

/** The request a handler receives: the contract's schema output, after parsing. */
export type ChannelPayload<C extends Channel> = z.output<(typeof requestSchemas)[C]>;

/** Everything a handler may use besides its payload: the verified window that asked. */
export type HandlerContext = { readonly window: BrowserWindow };

export type IpcHandler<C extends Channel> = (
  request: ChannelPayload<C>,
  context: HandlerContext,
) => Promise<ChannelResponse<C>> | ChannelResponse<C>;

export type RegisterOptions = { readonly getMainWindow: () => BrowserWindow | null };

/**
 * Thrown by handlers for failures the renderer should see. The message must be written
 * for the user and must not contain paths or data: it crosses the bridge as is.
 */
export class IpcHandlerError extends Error {
  readonly code: IpcErrorCode;

  constructor(code: IpcErrorCode, safeMessage: string) {
    super(safeMessage);
    this.name = 'IpcHandlerError';
    this.code = code;
  }
}

const MAX_ERROR_MESSAGE_LENGTH = 300;
const INTERNAL_MESSAGE = 'The operation failed unexpectedly.';

const failure = <T>(code: IpcErrorCode, message: string): IpcResult<T> => ({ ok: false, error: { code, message } });

/**
 * The sender must be the main frame of our one main window, showing our own document.
 * Identity is checked on the frame and the webContents; the URL is checked by parsed
 * protocol and host because `URL.origin` is `"null"` for `app:`.
 */
export function findTrustedWindow(event: IpcMainInvokeEvent, getMainWindow: () => BrowserWindow | null): BrowserWindow | null {
  const window = getMainWindow();
  if (window === null || window.isDestroyed()) return null;
  const frame = event.senderFrame;
  if (frame === null || event.sender !== window.webContents) return null;
  if (frame !== window.webContents.mainFrame || frame.parent !== null) return null;
  return isAppUrl(frame.url) ? window : null;
}

export function describeIssues(error: z.ZodError): string {
  const text = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.map(String).join('.') : 'request'}: ${issue.message}`)
    .join('; ');
  return text.length > MAX_ERROR_MESSAGE_LENGTH ? `${text.slice(0, MAX_ERROR_MESSAGE_LENGTH)}…` : text;
}

function toFailure<T>(channel: Channel, error: unknown): IpcResult<T> {
  if (error instanceof IpcHandlerError) return failure(error.code, error.message);
  logger.error('ipc.handler-threw', { channel, kind: error instanceof Error ? error.name : typeof error });
  return failure('internal', INTERNAL_MESSAGE);
}

async function invoke<C extends Channel>(
  channel: C,
  handler: IpcHandler<C>,
  options: RegisterOptions,
  event: IpcMainInvokeEvent,
  args: readonly unknown[],
): Promise<IpcResult<ChannelResponse<C>>> {
  const window = findTrustedWindow(event, options.getMainWindow);
  if (window === null) {
    logger.warn('ipc.bad-sender', { channel });
    return failure('bad-sender', 'This request did not come from the Habeas window.');
  }
  if (args.length !== 1) return failure('bad-request', 'request: expected exactly one argument');
  const parsed = requestSchemas[channel].safeParse(args[0]);
  if (!parsed.success) return failure('bad-request', describeIssues(parsed.error));
  // TypeScript widens the schema lookup to the union of all channels; the data came from
  // requestSchemas[channel] itself, so it is this channel's payload.
  const request = parsed.data as ChannelPayload<C>;
  try {
    const value = await handler(request, { window });
    return { ok: true, value };
  } catch (error) {
    return toFailure(channel, error);
  }
}

/**
 * The only caller of `ipcMain.handle`: sender check, schema parse, then the handler, and
 * every outcome returned as an `IpcResult` so nothing is thrown across the bridge.
 */
export function registerHandler<C extends Channel>(channel: C, handler: IpcHandler<C>, options: RegisterOptions): void {
  ipcMain.handle(channel, (event, ...args: unknown[]) => invoke(channel, handler, options, event, args));
}
