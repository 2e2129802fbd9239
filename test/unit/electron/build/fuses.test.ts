import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';

type FusesModule = {
  FUSE_SETTINGS: Readonly<Record<string, boolean>>;
  FUSE_INDEX: Readonly<Record<string, number>>;
  flipConfig: () => Record<string, unknown>;
  verifyFuses: (binaryPath: string) => Promise<void>;
  applyFuses: (binaryPath: string) => Promise<void>;
};
type AfterPackModule = { electronBinaryPath: (context: unknown) => string; afterPack: (context: unknown) => Promise<void> };

const buildDir = join(import.meta.dirname, '../../../../build');
const importBuildModule = async <T>(name: string): Promise<T> => (await import(pathToFileURL(join(buildDir, name)).href)) as T;

// The marker @electron/fuses looks for, then wire version 1, the fuse count, and one ASCII byte per fuse.
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ELECTRON_45_DEFAULTS = '101100011';

function fakeBinary(states: string): Buffer {
  return Buffer.concat([
    Buffer.from('\u007fELF fake electron binary...'),
    Buffer.from(SENTINEL, 'ascii'),
    Buffer.from([1, states.length]),
    Buffer.from(states, 'ascii'),
    Buffer.from('...rest of the binary'),
  ]);
}

function wireOf(binary: Buffer): string {
  const start = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
  return binary.subarray(start, start + (binary[start - 1] ?? 0)).toString('ascii');
}

let fuses: FusesModule;
let directory: string;

beforeAll(async () => {
  fuses = await importBuildModule<FusesModule>('fuses.mjs');
});

beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'habeas-fuses-'));
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('fuse settings', () => {
  it('sets every fuse explicitly, as security.md §1.2 requires', () => {
    expect(fuses.FUSE_SETTINGS).toStrictEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
      WasmTrapHandlers: true,
    });
    expect(Object.values(fuses.FUSE_INDEX).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('hands flipFuses every fuse the library can name', () => {
    const config = fuses.flipConfig();
    expect(config).toMatchObject({ version: '1', 0: false, 1: true, 2: false, 3: false, 4: true, 5: true, 6: false, 7: false });
  });
});

describe('applyFuses on a binary', () => {
  it('flips the wire to exactly the settings', async () => {
    const binaryPath = join(directory, 'habeas');
    await writeFile(binaryPath, fakeBinary(ELECTRON_45_DEFAULTS));
    await fuses.applyFuses(binaryPath);
    expect(wireOf(await readFile(binaryPath))).toBe('010011001');
  });

  it('fails the build when Electron adds a fuse nobody has reviewed', async () => {
    const binaryPath = join(directory, 'habeas');
    await writeFile(binaryPath, fakeBinary(`${ELECTRON_45_DEFAULTS}1`));
    await expect(fuses.applyFuses(binaryPath)).rejects.toThrow(/10 fuses but build\/fuses.mjs sets 9/);
  });

  it('fails the build when a fuse it cannot flip is not in the required state', async () => {
    const binaryPath = join(directory, 'habeas');
    await writeFile(binaryPath, fakeBinary('101000010'));
    await expect(fuses.applyFuses(binaryPath)).rejects.toThrow(/WasmTrapHandlers should be enabled/);
  });
});

describe('afterPack', () => {
  const packager = { appInfo: { productFilename: 'Habeas' }, executableName: 'habeas' };

  it.each([
    ['linux', join('/r', 'habeas')],
    ['win32', join('/r', 'Habeas.exe')],
    ['darwin', join('/r', 'Habeas.app')],
    ['mas', join('/r', 'Habeas.app')],
  ])('finds the Electron binary on %s', async (platform, expected) => {
    const { electronBinaryPath } = await importBuildModule<AfterPackModule>('afterPack.mjs');
    expect(electronBinaryPath({ appOutDir: '/r', electronPlatformName: platform, packager })).toBe(expected);
  });

  it('flips the fuses of the packaged binary', async () => {
    const { afterPack } = await importBuildModule<AfterPackModule>('afterPack.mjs');
    await writeFile(join(directory, 'habeas'), fakeBinary(ELECTRON_45_DEFAULTS));
    await afterPack({ appOutDir: directory, electronPlatformName: 'linux', packager });
    expect(wireOf(await readFile(join(directory, 'habeas')))).toBe('010011001');
  });
});
