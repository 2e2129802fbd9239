import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HandlerContext } from '../../../../../electron/ipc/handle';
import { IpcHandlerError } from '../../../../../electron/ipc/handle';
import { savePdf } from '../../../../../electron/ipc/handlers/pdf';
import type { FakeElectron } from '../../fakeElectron';
import { FakeBrowserWindow, fakeElectron } from '../../fakeElectron';

vi.mock('electron', async () => (await import('../../fakeElectron')).createFakeElectron());

const PDF = Buffer.from('%PDF-1.7 report');

let electron: FakeElectron;
let directory: string;
const window = new FakeBrowserWindow();
const printToPDF = vi.fn<(options: Record<string, unknown>) => Promise<Buffer>>();
Object.assign(window.webContents, { printToPDF });
const context: HandlerContext = { window: window as unknown as BrowserWindow };

beforeEach(async () => {
  electron = await fakeElectron();
  electron.dialog.showSaveDialog.mockReset();
  printToPDF.mockReset();
  directory = await mkdtemp(join(tmpdir(), 'habeas-pdf-'));
  electron.paths.documents = directory;
});

afterEach(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('pdf:save', () => {
  it('prints the asking window with its print stylesheet and saves the PDF where the user chose', async () => {
    printToPDF.mockResolvedValue(PDF);
    const target = join(directory, 'extract.pdf');
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await savePdf({ suggestedName: 'register-extract' }, context);
    expect(printToPDF).toHaveBeenCalledWith(expect.objectContaining({ preferCSSPageSize: true, printBackground: true }));
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(directory, 'register-extract.pdf'), filters: [{ name: 'PDF', extensions: ['pdf'] }] }),
    );
    expect(result).toMatchObject({ status: 'saved', fileName: 'extract.pdf', bytesWritten: PDF.byteLength });
    expect(await readFile(target)).toEqual(PDF);
  });

  it('writes nothing when the user cancels', async () => {
    printToPDF.mockResolvedValue(PDF);
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await savePdf({ suggestedName: 'report.pdf' }, context)).toEqual({ status: 'cancelled' });
  });

  it('reports a failed print as an internal error and asks for no file', async () => {
    printToPDF.mockRejectedValue(new Error('renderer gone'));
    await expect(savePdf({ suggestedName: 'report.pdf' }, context)).rejects.toBeInstanceOf(IpcHandlerError);
    expect(electron.dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});
