import type { SaveFileResult } from '@shared/ipc/contract';
import type { ChannelPayload, HandlerContext } from '../handle';
import { IpcHandlerError } from '../handle';
import { saveFile } from './files';

const PDF_FILTERS = [{ name: 'PDF', extensions: ['pdf'] }];

/**
 * `pdf:save`: prints the asking window's current page (a report, a register extract) with
 * its print stylesheet and saves it like any file. The page was already on screen, so the
 * main process learns nothing it did not display; the renderer sends only a file name.
 */
export async function savePdf(request: ChannelPayload<'pdf:save'>, context: HandlerContext): Promise<SaveFileResult> {
  let pdf: Buffer;
  try {
    pdf = await context.window.webContents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
  } catch {
    throw new IpcHandlerError('internal', 'The page could not be printed to PDF.');
  }
  const name = request.suggestedName.toLowerCase().endsWith('.pdf') ? request.suggestedName : `${request.suggestedName}.pdf`;
  return saveFile({ bytes: Uint8Array.from(pdf), suggestedName: name, filters: PDF_FILTERS }, context);
}
