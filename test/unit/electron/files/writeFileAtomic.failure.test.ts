import type * as nodeCrypto from 'node:crypto';
import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteVerificationError, writeFileAtomic } from '../../../../electron/files/writeFileAtomic';

const failure = vi.hoisted(() => ({
  failWrites: false,
  corruptReads: false,
  synced: [] as string[],
  afterRename: null as ((finalPath: string) => Promise<void>) | null,
  fixedRandom: false,
}));

// The real file system, except that while `failWrites` is set a write stops halfway and
// throws, as a full disk or a yanked USB stick would; while `corruptReads` is set every
// read returns flipped bits; `afterRename` runs just after the rename, where another
// process could swap the file; and every fsync is recorded by path.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const wrap = (handle: fsPromises.FileHandle, path: string): fsPromises.FileHandle => {
    const sync = handle.sync.bind(handle);
    const read = handle.read.bind(handle) as (...args: unknown[]) => Promise<fsPromises.FileReadResult<Uint8Array>>;
    const writeHalfThenFail = async (data: Uint8Array): Promise<void> => {
      await handle.write(data, 0, Math.floor(data.byteLength / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    return Object.assign(handle, {
      sync: async () => {
        failure.synced.push(path);
        await sync();
      },
      read: async (...args: unknown[]) => {
        const result = await read(...args);
        if (failure.corruptReads) result.buffer.forEach((byte, index) => (result.buffer[index] = byte ^ 1));
        return result;
      },
      ...(failure.failWrites ? { writeFile: writeHalfThenFail } : {}),
    });
  };
  const open: typeof actual.open = async (...args) => wrap(await actual.open(...args), String(args[0]));
  const rename: typeof actual.rename = async (from, to) => {
    await actual.rename(from, to);
    await failure.afterRename?.(String(to));
  };
  return { ...actual, open, rename };
});

// Lets a test know the temporary name in advance.
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof nodeCrypto>();
  const randomBytes = (size: number) => (failure.fixedRandom ? Buffer.alloc(size) : actual.randomBytes(size));
  return { ...actual, randomBytes };
});

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-atomic-fail-'));
});

afterEach(async () => {
  failure.failWrites = false;
  failure.corruptReads = false;
  failure.synced.length = 0;
  failure.afterRename = null;
  failure.fixedRandom = false;
  await rm(directory, { recursive: true, force: true });
});

describe('writeFileAtomic when the write fails part-way', () => {
  const bytes = new TextEncoder().encode('x'.repeat(4096));

  it('leaves no file, partial or temporary, under any name', async () => {
    failure.failWrites = true;
    await expect(writeFileAtomic(join(directory, 'export.habeas'), bytes)).rejects.toThrow('ENOSPC');
    expect(await readdir(directory)).toEqual([]);
  });

  it('leaves the previous file under the final name untouched', async () => {
    const target = join(directory, 'export.habeas');
    await writeFile(target, 'previous export');
    failure.failWrites = true;
    await expect(writeFileAtomic(target, bytes)).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('previous export');
    expect(await readdir(directory)).toEqual(['export.habeas']);
  });

  it('never deletes a file it did not create at the temporary name', async () => {
    failure.fixedRandom = true;
    const foreign = join(directory, '.habeas-0000000000000000.tmp');
    await writeFile(foreign, 'not ours');
    await expect(writeFileAtomic(join(directory, 'export.habeas'), bytes)).rejects.toMatchObject({ code: 'EEXIST' });
    expect(await readFile(foreign, 'utf8')).toBe('not ours');
  });
});

describe('writeFileAtomic durability and verification', () => {
  it('fsyncs the temporary file and then the directory', async () => {
    const target = join(directory, 'export.habeas');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(failure.synced).toHaveLength(process.platform === 'win32' ? 1 : 2);
    expect(failure.synced[0]).toMatch(/[\\/]\.habeas-[0-9a-f]{16}\.tmp$/);
    if (process.platform !== 'win32') expect(failure.synced[1]).toBe(directory);
  });

  it('fails when the bytes read back differ from the bytes written', async () => {
    failure.corruptReads = true;
    await expect(writeFileAtomic(join(directory, 'export.habeas'), new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(
      WriteVerificationError,
    );
  });

  // A 3 GiB sparse file costs no disk; reading it back whole would try to allocate it all.
  it('reads back no more than it wrote when the file is swapped for a huge one', async () => {
    failure.afterRename = (finalPath) => truncate(finalPath, 3 * 1024 ** 3);
    await expect(writeFileAtomic(join(directory, 'export.habeas'), new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(
      WriteVerificationError,
    );
  });
});
