/**
 * File access for the commands. Failures a person can fix (a missing file, a directory
 * where a file was expected, no permission, an output already there) become UsageErrors
 * that name the path as typed. Outputs are written to a temporary file beside the target,
 * flushed and renamed, so a crash never leaves half a key or half a bundle behind.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { CliIo } from './io';
import { UsageError } from './io';
import { plainBytes } from './nodeBytes';

/** Permissions of secret files (keys, decrypted register data): owner only. */
export const SECRET_FILE_MODE = 0o600;
/** Permissions of files meant to be shared (identity cards, bundles). */
export const PUBLIC_FILE_MODE = 0o644;
/** Permissions of directories that hold secrets. */
export const SECRET_DIR_MODE = 0o700;

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'it already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'the file system is read-only',
};

/** A file-system error as a sentence a person understands, with the path as they typed it. */
export function describeFsError(error: unknown, verb: string, shownPath: string): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  return `cannot ${verb} ${JSON.stringify(shownPath)}: ${REASONS[code] ?? (code === '' ? 'unexpected error' : code)}`;
}

/** A command-line path resolved against the working directory. */
export function resolvePath(io: CliIo, path: string): string {
  return resolve(io.cwd, path);
}

/**
 * The size of a regular file.
 * @throws UsageError if it is missing, unreadable or not a regular file
 */
export async function regularFileSize(io: CliIo, path: string, command: string): Promise<number> {
  let info;
  try {
    info = await stat(resolvePath(io, path));
  } catch (error) {
    throw new UsageError(describeFsError(error, 'read', path), command);
  }
  if (!info.isFile()) throw new UsageError(`cannot read ${JSON.stringify(path)}: not a regular file`, command);
  return info.size;
}

/**
 * A whole file, refused above `maxBytes` before anything is read.
 * @throws UsageError if it is missing, unreadable, not a regular file or too large
 */
export async function readInputFile(io: CliIo, path: string, command: string, maxBytes: number): Promise<Uint8Array> {
  const size = await regularFileSize(io, path, command);
  if (size > maxBytes) throw new UsageError(`cannot read ${JSON.stringify(path)}: larger than ${maxBytes} bytes`, command);
  try {
    const bytes = await readFile(resolvePath(io, path));
    return plainBytes(bytes);
  } catch (error) {
    throw new UsageError(describeFsError(error, 'read', path), command);
  }
}

/** Whether anything exists at the path. */
export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Creates a directory (and its parents) if needed, owner-only when created.
 * @throws UsageError if it cannot be created or a file is in the way
 */
export async function ensureDirectory(io: CliIo, path: string, command: string): Promise<string> {
  const absolute = resolvePath(io, path);
  try {
    await mkdir(absolute, { recursive: true, mode: SECRET_DIR_MODE });
    if (!(await stat(absolute)).isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  } catch (error) {
    throw new UsageError(describeFsError(error, 'create directory', path), command);
  }
  return absolute;
}

/** A file to write: where, what, with which permissions, and how to name it in messages. */
export type NewFile = { readonly path: string; readonly shownPath: string; readonly bytes: Uint8Array | string; readonly mode: number };

/**
 * Writes files that must not exist yet. All targets are checked first, so either every
 * file is written or (on a usage problem) none is; each is written to a temporary file,
 * flushed to disk and renamed into place.
 * @throws UsageError if a target exists or cannot be written
 */
export async function writeNewFiles(files: readonly NewFile[], command: string, options: { overwrite?: boolean } = {}): Promise<void> {
  if (options.overwrite !== true) {
    for (const file of files) {
      if (await exists(file.path)) throw new UsageError(`${JSON.stringify(file.shownPath)} already exists; nothing was written`, command);
    }
  }
  for (const file of files) await writeAtomically(file, command);
}

async function writeAtomically(file: NewFile, command: string): Promise<void> {
  const temporary = resolve(dirname(file.path), `.${randomBytes(6).toString('hex')}.habeas-tmp`);
  try {
    const handle = await open(temporary, 'wx', file.mode);
    try {
      await handle.writeFile(file.bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file.path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new UsageError(describeFsError(error, 'write', file.shownPath), command);
  }
}
