import type * as fsPromises from 'node:fs/promises';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WriteVerificationError, writeFileAtomic } from '../../../../electron/files/writeFileAtomic';

const failure = vi.hoisted(() => ({ failWrites: false, corruptReads: false, synced: [] as string[] }));

// The real file system, except that while `failWrites` is set a write stops halfway and
// throws, as a full disk or a yanked USB stick would; while `corruptReads` is set the
// read-back returns different bytes; and every fsync is recorded by path.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const readFile = (async (...args: Parameters<typeof actual.readFile>) => {
    const bytes = await actual.readFile(...args);
    return failure.corruptReads && Buffer.isBuffer(bytes) ? Buffer.from(bytes.map((byte) => byte ^ 1)) : bytes;
  }) as typeof actual.readFile;
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    const sync = handle.sync.bind(handle);
    Object.assign(handle, {
      sync: async () => {
        failure.synced.push(String(args[0]));
        await sync();
      },
    });
    if (!failure.failWrites) return handle;
    const writeHalfThenFail = async (data: Uint8Array): Promise<void> => {
      await handle.write(data, 0, Math.floor(data.byteLength / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    };
    return Object.assign(handle, { writeFile: writeHalfThenFail });
  };
  return { ...actual, open, readFile };
});

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-atomic-fail-'));
});

afterEach(async () => {
  failure.failWrites = false;
  failure.corruptReads = false;
  failure.synced.length = 0;
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
});

describe('writeFileAtomic durability and verification', () => {
  it('fsyncs the temporary file and then the directory', async () => {
    const target = join(directory, 'export.habeas');
    await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
    expect(failure.synced).toHaveLength(process.platform === 'win32' ? 1 : 2);
    expect(failure.synced[0]).toMatch(/\.export\.habeas\.[0-9a-f]{16}\.tmp$/);
    if (process.platform !== 'win32') expect(failure.synced[1]).toBe(directory);
  });

  it('fails when the bytes read back differ from the bytes written', async () => {
    failure.corruptReads = true;
    await expect(writeFileAtomic(join(directory, 'export.habeas'), new Uint8Array([1, 2, 3]))).rejects.toBeInstanceOf(
      WriteVerificationError,
    );
  });
});
