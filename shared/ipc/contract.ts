/**
 * The IPC contract between the renderer and the main process: for every channel, the
 * request schema (parsed by the main process before any handler runs) and the response
 * type. The main process never receives plaintext register data or keys: files carry
 * bytes that the renderer has already encrypted, or a report the user asked to save.
 */
import { z } from 'zod';
import type { ApiMethod, Channel } from './channels';
import { API_CHANNELS } from './channels';
import type { OutboxSendResult } from './outbox';
import { outboxSendSchema } from './outbox';

/** Largest file `file:open` reads or `file:save` writes, in bytes. */
export const FILE_MAX_BYTES = 512 * 1024 * 1024;
/** Most files one `file:open` call returns. */
export const FILE_OPEN_MAX_FILES = 50;

const fileFilter = z.strictObject({
  name: z.string().min(1).max(100),
  extensions: z.array(z.string().regex(/^(\*|[A-Za-z0-9-]{1,20})$/)).min(1).max(10),
});

/** A file name without any directory part, so the renderer can never choose a path. */
const bareFileName = z
  .string()
  .min(1)
  .max(200)
  .refine((name) => !/[/\\:\0]/.test(name) && name !== '.' && name !== '..', {
    message: 'must be a bare file name with no directory part',
  });

export const requestSchemas = {
  'app:info': z.strictObject({}),
  'file:save': z.strictObject({
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= FILE_MAX_BYTES, {
      message: `must be at most ${String(FILE_MAX_BYTES)} bytes`,
    }),
    suggestedName: bareFileName,
    filters: z.array(fileFilter).max(10).optional(),
  }),
  'file:open': z.strictObject({
    filters: z.array(fileFilter).max(10),
    multiple: z.boolean().optional(),
    maxBytes: z.number().int().positive().max(FILE_MAX_BYTES).optional(),
  }),
  'outbox:send': outboxSendSchema,
  'pdf:save': z.strictObject({ suggestedName: bareFileName }),
} as const satisfies Record<Channel, z.ZodType>;

export type AppInfo = {
  name: string;
  version: string;
  platform: 'electron' | 'browser';
  os: string;
  versions: { electron?: string; chrome?: string; node?: string };
};

export type SaveFileResult =
  | { status: 'saved'; fileName: string; bytesWritten: number; sha256: string }
  | { status: 'cancelled' };

export type OpenedFile = { name: string; bytes: Uint8Array };
export type OpenFileResult = { status: 'opened'; files: OpenedFile[] } | { status: 'cancelled' };

export type ChannelResponses = {
  'app:info': AppInfo;
  'file:save': SaveFileResult;
  'file:open': OpenFileResult;
  'outbox:send': OutboxSendResult;
  /** The window's current page printed to PDF (its print stylesheet decides what) and saved where the user chose. */
  'pdf:save': SaveFileResult;
};

export type ChannelRequest<C extends Channel> = z.input<(typeof requestSchemas)[C]>;
export type ChannelResponse<C extends Channel> = ChannelResponses[C];

export const IPC_ERROR_CODES = ['bad-sender', 'bad-request', 'too-large', 'io-error', 'internal'] as const;
export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];
export type IpcError = { code: IpcErrorCode; message: string };

/** Every handler's answer: errors travel as data, never as thrown exceptions. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The object the preload exposes as `window.habeas`. */
export type HabeasApi = {
  readonly [M in ApiMethod]: (
    request: ChannelRequest<(typeof API_CHANNELS)[M]>,
  ) => Promise<IpcResult<ChannelResponse<(typeof API_CHANNELS)[M]>>>;
};

export { API_CHANNELS };
export type { EndpointProblem, OutboxFailure, OutboxSendResult } from './outbox';
export { endpointProblem, normalizedEndpoint, OUTBOX_BUNDLE_MAX_BYTES, OUTBOX_ENDPOINT_MAX_CHARS, OUTBOX_FAILURES } from './outbox';
export type { ApiMethod, Channel };
