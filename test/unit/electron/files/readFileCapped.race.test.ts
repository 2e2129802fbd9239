import type * as fsPromises from 'node:fs/promises';
import { appendFile, mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FileChangedError, readFileCapped } from '../../../../electron/files/readFileCapped';

const race = vi.hoisted(() => ({ afterStat: null as ((path: string) => Promise<void>) | null }));

// The real file system, except that `afterStat` runs right after the open handle's fstat:
// the moment another process could grow or shrink the file under us.
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof fsPromises>();
  const open: typeof actual.open = async (...args) => {
    const handle = await actual.open(...args);
    const stat = handle.stat.bind(handle);
    return Object.assign(handle, {
      stat: async () => {
        const info = await stat();
        await race.afterStat?.(String(args[0]));
        return info;
      },
    });
  };
  return { ...actual, open };
});

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-read-race-'));
  await writeFile(join(directory, 'bundle.bin'), new Uint8Array(8).fill(7));
});

afterEach(async () => {
  race.afterStat = null;
  await rm(directory, { recursive: true, force: true });
});

describe('readFileCapped while another process changes the file', () => {
  it('refuses a file that grows after its size was read, instead of returning it cut short', async () => {
    race.afterStat = (path) => appendFile(path, new Uint8Array(1024));
    await expect(readFileCapped(join(directory, 'bundle.bin'), 10)).rejects.toBeInstanceOf(FileChangedError);
  });

  it('refuses a file that shrinks after its size was read', async () => {
    race.afterStat = (path) => truncate(path, 3);
    await expect(readFileCapped(join(directory, 'bundle.bin'), 10)).rejects.toBeInstanceOf(FileChangedError);
  });

  it('reads an unchanged file whole', async () => {
    expect(await readFileCapped(join(directory, 'bundle.bin'), 10)).toEqual(new Uint8Array(8).fill(7));
  });
});
