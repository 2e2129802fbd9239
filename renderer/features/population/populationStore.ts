/**
 * The population screen's choices: UI state only (dates and a ledger id, nothing
 * identifying), kept while moving between screens; a lock reloads the page and resets it.
 */
import { createStore } from '../../stores/createStore';
import type { PeriodChoice } from './period';

type PopulationUiState = {
  /** The dates as typed; undefined until the user changes the default (the last 30 days). */
  draft: PeriodChoice | undefined;
  /** The last valid period typed, which the figures show. */
  applied: PeriodChoice | undefined;
  /** Whose register: undefined for this installation's own. */
  ledger: string | undefined;
  setDraft: (draft: PeriodChoice, isValid: boolean) => void;
  setLedger: (ledger: string) => void;
};

export const usePopulationStore = createStore<PopulationUiState>((set) => ({
  draft: undefined,
  applied: undefined,
  ledger: undefined,
  setDraft: (draft, isValid) => {
    set(isValid ? { draft, applied: draft } : { draft });
  },
  setLedger: (ledger) => {
    set({ ledger });
  },
}));
