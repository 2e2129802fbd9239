import type { Stats } from 'node:fs';
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';

/**
 * A path can be swapped for a FIFO between the size check and the open: opened blocking,
 * it would wait for a writer forever and the request would never answer. Non-blocking,
 * the open returns at once and the fstat below refuses it; NOCTTY keeps a terminal device
 * from becoming ours. Windows has neither flag (nor FIFOs at a path).
 */
const READ_FLAGS =
  process.platform === 'win32' ? constants.O_RDONLY : constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY;

export class FileTooLargeError extends Error {
  constructor() {
    super('The file is larger than allowed.');
    this.name = 'FileTooLargeError';
  }
}

export class NotARegularFileError extends Error {
  constructor() {
    super('Only regular files can be opened.');
    this.name = 'NotARegularFileError';
  }
}

export class FileChangedError extends Error {
  constructor() {
    super('The file changed while it was being read.');
    this.name = 'FileChangedError';
  }
}

/** Stats without reading, so oversized or special files are refused before any byte is loaded. */
export async function statForReading(filePath: string, maxBytes: number): Promise<Stats> {
  const info = await stat(filePath);
  if (!info.isFile()) throw new NotARegularFileError();
  if (info.size > maxBytes) throw new FileTooLargeError();
  return info;
}

/**
 * Reads a whole file but never more than `maxBytes`: the size is checked again on the
 * open handle, and a file that grows or shrinks while being read is refused rather than
 * returned truncated or over the cap.
 */
export async function readFileCapped(filePath: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(filePath, READ_FLAGS);
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new NotARegularFileError();
    if (info.size > maxBytes) throw new FileTooLargeError();
    const bytes = new Uint8Array(info.size);
    let offset = 0;
    while (offset < bytes.byteLength) {
      const { bytesRead } = await handle.read(bytes, offset, bytes.byteLength - offset, offset);
      if (bytesRead === 0) throw new FileChangedError();
      offset += bytesRead;
    }
    const { bytesRead: extra } = await handle.read(new Uint8Array(1), 0, 1, offset);
    if (extra !== 0) throw new FileChangedError();
    return bytes;
  } finally {
    await handle.close();
  }
}
