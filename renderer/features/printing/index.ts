/** Printing a screen (its print stylesheet decides what): the system print dialog, or a PDF file in the desktop app. */
export { PrintButtons } from './PrintButtons';
export { usePrintOutput } from './usePrintOutput';
export type { PrintOutput } from './usePrintOutput';
