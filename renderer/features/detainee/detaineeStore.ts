/** UI state of the detainee page: which correction or void dialog is open, and for what. */
import { createStore } from '../../stores/createStore';

/** A correction being prepared: of which entry, and which field if one was chosen already (a gap to fill). */
export type CorrectionRequest = { readonly targetEventId: string; readonly path?: string };

type DetaineeUiState = {
  correcting: CorrectionRequest | null;
  voiding: string | null;
  /** The record being printed, while its print view is shown. */
  printing: string | null;
  openCorrection: (request: CorrectionRequest) => void;
  openVoid: (targetEventId: string) => void;
  closeDialogs: () => void;
  setPrinting: (recordId: string | null) => void;
};

export const useDetaineeStore = createStore<DetaineeUiState>((set) => ({
  correcting: null,
  voiding: null,
  printing: null,
  openCorrection: (request) => {
    set({ correcting: request, voiding: null });
  },
  openVoid: (targetEventId) => {
    set({ voiding: targetEventId, correcting: null });
  },
  closeDialogs: () => {
    set({ correcting: null, voiding: null });
  },
  setPrinting: (recordId) => {
    set({ printing: recordId });
  },
}));
