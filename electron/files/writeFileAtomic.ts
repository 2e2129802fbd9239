import { createHash, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { open, rename, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FileChangedError, FileTooLargeError, NotARegularFileError, readFileCapped } from './readFileCapped';

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

/**
 * The temporary name does not repeat the final one: a long final name would push it past
 * the file system's 255-byte limit, and one left behind by a power cut should not say
 * what was being exported.
 */
export function temporaryPathFor(finalPath: string): string {
  return join(dirname(finalPath), `.habeas-${randomBytes(8).toString('hex')}.tmp`);
}

async function writeAndSync(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
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

/** Never reads more than was written, so a file swapped in after the rename cannot make us load an arbitrary amount. */
async function readBack(finalPath: string, byteLength: number): Promise<Uint8Array> {
  try {
    return await readFileCapped(finalPath, byteLength);
  } catch (error) {
    const replaced = error instanceof FileTooLargeError || error instanceof FileChangedError || error instanceof NotARegularFileError;
    throw replaced ? new WriteVerificationError() : error;
  }
}

/**
 * Writes `bytes` to `finalPath` so that the final name only ever holds the old file or
 * the complete new one: temp file in the same directory (created exclusively, owner-only),
 * write, fsync, rename, fsync the directory, then read the file back and compare its
 * SHA-256 with what was asked for.
 */
export async function writeFileAtomic(finalPath: string, bytes: Uint8Array): Promise<AtomicWriteResult> {
  const temporaryPath = temporaryPathFor(finalPath);
  // If this exclusive create fails, whatever is at that name is not ours to delete.
  const handle = await open(temporaryPath, 'wx', 0o600);
  try {
    await writeAndSync(handle, bytes);
    await rename(temporaryPath, finalPath);
  } catch (error) {
    await unlink(temporaryPath).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dirname(finalPath));
  const written = await readBack(finalPath, bytes.byteLength);
  const sha256 = sha256Hex(written);
  if (sha256 !== sha256Hex(bytes)) throw new WriteVerificationError();
  return { bytesWritten: written.byteLength, sha256 };
}
