import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../electron/files/writeFileAtomic';

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-atomic-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

describe('writeFileAtomic', () => {
  it('writes the bytes and reports their size and SHA-256 as read back from disk', async () => {
    const bytes = new TextEncoder().encode('sealed bundle bytes');
    const target = join(directory, 'export.habeas');
    const result = await writeFileAtomic(target, bytes);
    expect(result).toEqual({ bytesWritten: bytes.byteLength, sha256: sha256(bytes) });
    expect(new Uint8Array(await readFile(target))).toEqual(bytes);
    expect(await readdir(directory)).toEqual(['export.habeas']);
  });

  it('replaces an existing file whole', async () => {
    const target = join(directory, 'export.habeas');
    await writeFile(target, 'old contents that are longer than the new ones');
    await writeFileAtomic(target, new TextEncoder().encode('new'));
    expect(await readFile(target, 'utf8')).toBe('new');
    expect(await readdir(directory)).toEqual(['export.habeas']);
  });

  it('writes an empty file', async () => {
    const target = join(directory, 'empty.bin');
    expect(await writeFileAtomic(target, new Uint8Array(0))).toEqual({ bytesWritten: 0, sha256: sha256(new Uint8Array(0)) });
  });

  it('creates the file readable by its owner only', async () => {
    if (process.platform === 'win32') return;
    const target = join(directory, 'private.bin');
    await writeFileAtomic(target, new Uint8Array([1]));
    expect((await stat(target)).mode & 0o077).toBe(0);
  });

  // The temporary name must not grow with the final one, or names near the 255-byte limit could never be saved.
  it('saves under a name at the file-system limit, and the temporary name does not repeat it', async () => {
    const target = join(directory, `${'r'.repeat(247)}.habeas`);
    await writeFileAtomic(target, new Uint8Array([1]));
    expect(await readdir(directory)).toEqual([`${'r'.repeat(247)}.habeas`]);
  });

  it('leaves no temporary file behind when the rename fails', async () => {
    const target = join(directory, 'occupied');
    await mkdir(join(target, 'inside'), { recursive: true });
    await expect(writeFileAtomic(target, new Uint8Array([1, 2, 3]))).rejects.toThrow();
    expect(await readdir(directory)).toEqual(['occupied']);
    expect((await stat(target)).isDirectory()).toBe(true);
  });

  it('fails without creating anything when the directory does not exist', async () => {
    await expect(writeFileAtomic(join(directory, 'missing', 'x.bin'), new Uint8Array([1]))).rejects.toThrow();
    expect(await readdir(directory)).toEqual([]);
  });
});
