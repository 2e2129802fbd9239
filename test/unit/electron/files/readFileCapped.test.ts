import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  FileTooLargeError,
  NotARegularFileError,
  readFileCapped,
  statForReading,
} from '../../../../electron/files/readFileCapped';

let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-read-'));
  await writeFile(join(directory, 'ten.bin'), new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]));
  await writeFile(join(directory, 'empty.bin'), new Uint8Array(0));
  await mkdir(join(directory, 'folder'));
});

afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('readFileCapped', () => {
  it('reads a file whole as a Uint8Array', async () => {
    const bytes = await readFileCapped(join(directory, 'ten.bin'), 10);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([...bytes]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(await readFileCapped(join(directory, 'empty.bin'), 10)).toEqual(new Uint8Array(0));
  });

  it('refuses a file over the cap', async () => {
    await expect(readFileCapped(join(directory, 'ten.bin'), 9)).rejects.toBeInstanceOf(FileTooLargeError);
    await expect(statForReading(join(directory, 'ten.bin'), 9)).rejects.toBeInstanceOf(FileTooLargeError);
  });

  it('refuses directories', async () => {
    await expect(statForReading(join(directory, 'folder'), 10)).rejects.toBeInstanceOf(NotARegularFileError);
  });

  it('refuses a directory on the open handle too, not only at the earlier stat', async () => {
    await expect(readFileCapped(join(directory, 'folder'), 10)).rejects.toBeInstanceOf(NotARegularFileError);
  });

  // A path swapped for a FIFO after the size check: a blocking open would wait for a writer forever.
  it.skipIf(process.platform === 'win32')('refuses a FIFO at once instead of waiting for a writer', { timeout: 5000 }, async () => {
    const fifo = join(directory, 'pipe');
    execFileSync('mkfifo', [fifo]);
    await expect(readFileCapped(fifo, 10)).rejects.toBeInstanceOf(NotARegularFileError);
  });

  it('passes through a missing file as a file-system error', async () => {
    await expect(statForReading(join(directory, 'missing'), 10)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
