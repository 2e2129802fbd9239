import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as readFileCappedModule from '../../../../../electron/files/readFileCapped';
import { FileTooLargeError } from '../../../../../electron/files/readFileCapped';
import { readChosenFiles } from '../../../../../electron/ipc/handlers/files';

vi.mock('electron', async () => (await import('../../fakeElectron')).createFakeElectron());

const race = vi.hoisted(() => ({ afterStat: null as ((path: string) => Promise<void>) | null }));

// The real size check, followed by `afterStat`: the gap in which another process can grow
// a file that has already passed it.
vi.mock('../../../../../electron/files/readFileCapped', async (importOriginal) => {
  const actual = await importOriginal<typeof readFileCappedModule>();
  const statForReading: typeof actual.statForReading = async (path, maxBytes) => {
    const info = await actual.statForReading(path, maxBytes);
    await race.afterStat?.(path);
    return info;
  };
  return { ...actual, statForReading };
});

let directory: string;

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-files-budget-'));
  await writeFile(join(directory, 'a.habeas'), new Uint8Array(4));
  await writeFile(join(directory, 'b.habeas'), new Uint8Array(8));
});

afterEach(async () => {
  race.afterStat = null;
  await rm(directory, { recursive: true, force: true });
});

describe('file:open reads within one budget', () => {
  const paths = () => [join(directory, 'a.habeas'), join(directory, 'b.habeas')];

  it('reads files whose sizes fit the budget together', async () => {
    const files = await readChosenFiles(paths(), 100, 12);
    expect(files.map((file) => file.bytes.byteLength)).toEqual([4, 8]);
  });

  it('refuses when a file grows after the size check and the total would pass the budget', async () => {
    race.afterStat = async (path) => {
      if (path.endsWith('a.habeas')) await appendFile(path, new Uint8Array(6));
    };
    await expect(readChosenFiles(paths(), 100, 12)).rejects.toBeInstanceOf(FileTooLargeError);
  });
});
