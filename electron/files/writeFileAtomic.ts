import { createHash, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export type AtomicWriteResult = { readonly bytesWritten: number; readonly sha256: string };

/** Raised when the bytes read back after the rename are not the bytes we were given. */
export class WriteVerificationError extends Error {
  constructor() {
    super('The file on disk does not match the bytes that were written.');
    this.name = 'WriteVerificationError';
  }
}

/** File systems that cannot sync a directory say so with these; the rename has still happened. */
const UNSUPPORTED_DIRECTORY_SYNC: readonly string[] = ['EINVAL', 'ENOTSUP', 'EISDIR'];

const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}

async function writeAndSync(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  await handle.writeFile(bytes);
  await handle.sync();
}

async function syncDirectory(directory: string): Promise<void> {
  // Windows cannot open a directory as a file; NTFS makes the rename durable itself.
  if (process.platform === 'win32') return;
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    if (!UNSUPPORTED_DIRECTORY_SYNC.includes(errorCode(error) ?? '')) throw error;
  } finally {
    await handle?.close();
  }
}

async function writeTemporary(temporaryPath: string, bytes: Uint8Array): Promise<void> {
  const handle = await open(temporaryPath, 'wx', 0o600);
  try {
    await writeAndSync(handle, bytes);
  } finally {
    await handle.close();
  }
}

/**
 * Writes `bytes` to `finalPath` so that the final name only ever holds the old file or
 * the complete new one: temp file in the same directory, write, fsync, rename, fsync the
 * directory, then read the file back and compare its SHA-256 with what was asked for.
 */
export async function writeFileAtomic(finalPath: string, bytes: Uint8Array): Promise<AtomicWriteResult> {
  const directory = dirname(finalPath);
  const temporaryPath = join(directory, `.${basename(finalPath)}.${randomBytes(8).toString('hex')}.tmp`);
  try {
    await writeTemporary(temporaryPath, bytes);
    await rename(temporaryPath, finalPath);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
  const written = await readFile(finalPath);
  const sha256 = sha256Hex(written);
  if (sha256 !== sha256Hex(bytes)) throw new WriteVerificationError();
  return { bytesWritten: written.byteLength, sha256 };
}
