import { basename, join } from 'node:path';
import type { FileFilter } from 'electron';
import { app, dialog } from 'electron';
import type { OpenedFile, OpenFileResult, SaveFileResult } from '@shared/ipc/contract';
import { FILE_MAX_BYTES, FILE_OPEN_MAX_FILES } from '@shared/ipc/contract';
import {
  FileChangedError,
  FileTooLargeError,
  NotARegularFileError,
  readFileCapped,
  statForReading,
} from '../../files/readFileCapped';
import { WriteVerificationError, writeFileAtomic } from '../../files/writeFileAtomic';
import type { ChannelPayload, HandlerContext } from '../handle';
import { IpcHandlerError } from '../handle';

const DEFAULT_DIRECTORIES = ['documents', 'downloads', 'home'] as const;
/** Bidi overrides and zero-width characters could make the dialog show an extension other than the real one. */
const INVISIBLE_OR_CONTROL = /[\p{Cc}\p{Cf}]/gu;

function defaultDirectory(): string {
  for (const name of DEFAULT_DIRECTORIES) {
    try {
      return app.getPath(name);
    } catch {
      continue;
    }
  }
  return '';
}

function defaultFileName(suggestedName: string): string {
  return basename(suggestedName).replace(INVISIBLE_OR_CONTROL, '');
}

function toDialogFilters(filters: readonly FileFilter[] | undefined): FileFilter[] {
  return (filters ?? []).map((filter) => ({ name: filter.name, extensions: [...filter.extensions] }));
}

/** File-system failures reach the renderer as a code and a fixed sentence, never a path. */
function toIpcError(error: unknown, verb: 'read' | 'write'): IpcHandlerError {
  if (error instanceof IpcHandlerError) return error;
  if (error instanceof FileTooLargeError) return new IpcHandlerError('too-large', 'The file is too large to open.');
  if (error instanceof NotARegularFileError) return new IpcHandlerError('io-error', 'Only regular files can be opened.');
  if (error instanceof FileChangedError || error instanceof WriteVerificationError) {
    return new IpcHandlerError('io-error', `The file changed during the ${verb}; please try again.`);
  }
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : 'unknown';
  return new IpcHandlerError('io-error', `Could not ${verb} the file (${code.replace(/[^A-Z0-9_]/gi, '')}).`);
}

/**
 * `file:save`: the user picks the place; the renderer only suggests a bare name. Neither
 * dialog adds the file to the OS's recent documents: on a seized laptop that list would
 * show which bundles were exported or imported.
 */
export async function saveFile(request: ChannelPayload<'file:save'>, context: HandlerContext): Promise<SaveFileResult> {
  const choice = await dialog.showSaveDialog(context.window, {
    defaultPath: join(defaultDirectory(), defaultFileName(request.suggestedName)),
    filters: toDialogFilters(request.filters),
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  });
  if (choice.canceled || choice.filePath === '') return { status: 'cancelled' };
  try {
    const written = await writeFileAtomic(choice.filePath, request.bytes);
    return { status: 'saved', fileName: basename(choice.filePath), ...written };
  } catch (error) {
    throw toIpcError(error, 'write');
  }
}

/**
 * Sizes are checked first so an oversized choice is refused before anything is loaded;
 * the reads then share what is left of `totalBytes`, so files that grow after that check
 * still cannot exceed it together.
 */
export async function readChosenFiles(
  filePaths: readonly string[],
  maxBytes: number,
  totalBytes: number = FILE_MAX_BYTES,
): Promise<OpenedFile[]> {
  let total = 0;
  for (const filePath of filePaths) {
    total += (await statForReading(filePath, maxBytes)).size;
    if (total > totalBytes) throw new FileTooLargeError();
  }
  const files: OpenedFile[] = [];
  let remaining = totalBytes;
  for (const filePath of filePaths) {
    const bytes = await readFileCapped(filePath, Math.min(maxBytes, remaining));
    remaining -= bytes.byteLength;
    files.push({ name: basename(filePath), bytes });
  }
  return files;
}

/** `file:open`: every chosen file is size-checked before any of them is read. */
export async function openFile(request: ChannelPayload<'file:open'>, context: HandlerContext): Promise<OpenFileResult> {
  const choice = await dialog.showOpenDialog(context.window, {
    filters: toDialogFilters(request.filters),
    properties: request.multiple === true ? ['openFile', 'multiSelections', 'dontAddToRecent'] : ['openFile', 'dontAddToRecent'],
  });
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };
  if (choice.filePaths.length > FILE_OPEN_MAX_FILES) {
    throw new IpcHandlerError('too-large', `Choose at most ${FILE_OPEN_MAX_FILES} files at a time.`);
  }
  try {
    return { status: 'opened', files: await readChosenFiles(choice.filePaths, request.maxBytes ?? FILE_MAX_BYTES) };
  } catch (error) {
    throw toIpcError(error, 'read');
  }
}
