import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FILE_OPEN_MAX_FILES } from '@shared/ipc/contract';
import type { HandlerContext } from '../../../../../electron/ipc/handle';
import { IpcHandlerError } from '../../../../../electron/ipc/handle';
import { openFile, saveFile } from '../../../../../electron/ipc/handlers/files';
import type { FakeElectron } from '../../fakeElectron';
import { FakeBrowserWindow, fakeElectron } from '../../fakeElectron';

vi.mock('electron', async () => (await import('../../fakeElectron')).createFakeElectron());

let electron: FakeElectron;
let directory: string;
const window = new FakeBrowserWindow();
const context: HandlerContext = { window: window as unknown as BrowserWindow };

beforeEach(async () => {
  electron = await fakeElectron();
  electron.dialog.showSaveDialog.mockReset();
  electron.dialog.showOpenDialog.mockReset();
  directory = await mkdtemp(join(tmpdir(), 'habeas-files-'));
  electron.paths.documents = directory;
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('file:save', () => {
  const bytes = new TextEncoder().encode('encrypted bundle');

  it('asks where to save, starting in Documents with the suggested name, then writes atomically', async () => {
    const target = join(directory, 'chosen.habeas');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const filters = [{ name: 'Habeas bundle', extensions: ['habeas'] }];
    const result = await saveFile({ bytes, suggestedName: 'export.habeas', filters }, context);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(directory, 'export.habeas'), filters }),
    );
    expect(result).toEqual({
      status: 'saved',
      fileName: 'chosen.habeas',
      bytesWritten: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(await readFile(target, 'utf8')).toBe('encrypted bundle');
  });

  it('keeps the file out of the recent-documents list', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile({ bytes, suggestedName: 'x.habeas' }, context);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: expect.arrayContaining(['dontAddToRecent']) as unknown }),
    );
  });

  it('drops bidi, zero-width and control characters from the suggested name', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await saveFile({ bytes, suggestedName: 'report\u202Egpj\u200B\u0007.exe' }, context);
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(directory, 'reportgpj.exe') }),
    );
  });

  it('writes nothing when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await saveFile({ bytes, suggestedName: 'x.habeas' }, context)).toEqual({ status: 'cancelled' });
    expect(await readdir(directory)).toEqual([]);
  });

  it('reports a write failure as io-error without the path', async () => {
    const target = join(directory, 'no-such-folder', 'x.habeas');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const error = await saveFile({ bytes, suggestedName: 'x.habeas' }, context).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IpcHandlerError);
    expect(error).toMatchObject({ code: 'io-error' });
    expect((error as Error).message).not.toContain(directory);
    expect((error as Error).message).toContain('ENOENT');
  });
});

describe('file:open', () => {
  beforeEach(async () => {
    await writeFile(join(directory, 'a.habeas'), 'AAAA');
    await writeFile(join(directory, 'b.habeas'), 'BBBBBBBB');
    await mkdir(join(directory, 'folder'));
  });

  const chosen = (...names: string[]) => ({ canceled: false, filePaths: names.map((name) => join(directory, name)) });

  it('returns base names and bytes, never paths', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue(chosen('a.habeas', 'b.habeas'));
    const result = await openFile({ filters: [{ name: 'Bundles', extensions: ['habeas'] }], multiple: true }, context);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile', 'multiSelections', 'dontAddToRecent'] }),
    );
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.files.map((file) => file.name)).toEqual(['a.habeas', 'b.habeas']);
    expect(new TextDecoder().decode(result.files[1]?.bytes)).toBe('BBBBBBBB');
    expect(result.files[0]?.bytes).toBeInstanceOf(Uint8Array);
    expect(JSON.stringify(result.files.map((file) => file.name))).not.toContain(directory);
  });

  it('offers a single selection unless multiple is asked for', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue(chosen('a.habeas'));
    await openFile({ filters: [{ name: 'All', extensions: ['*'] }] }, context);
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ properties: ['openFile', 'dontAddToRecent'] }),
    );
  });

  it('returns cancelled when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openFile({ filters: [{ name: 'All', extensions: ['*'] }] }, context)).toEqual({ status: 'cancelled' });
  });

  it('refuses a file over maxBytes with too-large', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue(chosen('a.habeas', 'b.habeas'));
    const request = { filters: [{ name: 'All', extensions: ['*'] }], multiple: true, maxBytes: 5 };
    await expect(openFile(request, context)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses more files than the contract allows', async () => {
    const many = Array.from({ length: FILE_OPEN_MAX_FILES + 1 }, () => 'a.habeas');
    electron.dialog.showOpenDialog.mockResolvedValue(chosen(...many));
    const request = { filters: [{ name: 'All', extensions: ['*'] }], multiple: true };
    await expect(openFile(request, context)).rejects.toMatchObject({ code: 'too-large' });
  });

  it('refuses a directory or a vanished file with io-error', async () => {
    for (const name of ['folder', 'vanished.habeas']) {
      electron.dialog.showOpenDialog.mockResolvedValue(chosen(name));
      await expect(openFile({ filters: [{ name: 'All', extensions: ['*'] }] }, context)).rejects.toMatchObject({
        code: 'io-error',
      });
    }
  });
});
