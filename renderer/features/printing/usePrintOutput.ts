import { useCallback } from 'react';
import { platform, PLATFORM_ERROR_MESSAGE_KEYS } from '../../platform';
import { useUiStore } from '../../stores/uiStore';

/** Printing the current screen through its print stylesheet: the system dialog, or a PDF file in the desktop app. */
export type PrintOutput = {
  /** False in a plain browser, whose print dialog offers "Save as PDF" instead. */
  readonly canSavePdf: boolean;
  readonly print: () => Promise<void>;
  /** Saves the printed page as `<pdfName>.pdf` where the user chooses. */
  readonly savePdf: () => Promise<void>;
};

/**
 * `pdfName` is a bare, neutral file name: never a detainee's or facility's name, which the
 * file system, recent-file lists and backups would keep in plaintext.
 */
export function usePrintOutput(pdfName: string): PrintOutput {
  const showToast = useUiStore((state) => state.showToast);
  const print = useCallback(async () => {
    const printed = await platform.print();
    if (!printed.ok) showToast('error', PLATFORM_ERROR_MESSAGE_KEYS[printed.error.code]);
  }, [showToast]);
  const savePdf = useCallback(async () => {
    const saved = await platform.savePdf(pdfName);
    if (!saved.ok) showToast('error', PLATFORM_ERROR_MESSAGE_KEYS[saved.error.code]);
    else if (saved.value.status === 'saved') showToast('success', 'printing.pdfSaved');
  }, [pdfName, showToast]);
  return { canSavePdf: platform.canSavePdf, print, savePdf };
}
