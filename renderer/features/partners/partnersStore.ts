/**
 * The statistics screen's choices: UI state only (a ledger id, dates and the suppression
 * settings, nothing identifying), kept while moving to the report and back; a lock reloads
 * the page and resets it.
 */
import type { PeriodPreset } from '@shared/sharing/period';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '@shared/sharing/suppression';
import { createStore } from '../../stores/createStore';

export type SharingChoices = {
  /** Whose register: undefined for this installation's own. */
  ledger: string | undefined;
  /** How the period is chosen: the last 30 days until changed. */
  preset: PeriodPreset;
  /** The period's days as typed (for a preset, the days it gave); undefined until changed. */
  from: string | undefined;
  to: string | undefined;
  /** The threshold as typed. */
  threshold: string;
  hideZeros: boolean;
};

type SharingUiState = SharingChoices & { change: (change: Partial<SharingChoices>) => void };

export const useSharingStore = createStore<SharingUiState>((set) => ({
  ledger: undefined,
  preset: 'last-30-days',
  from: undefined,
  to: undefined,
  threshold: String(DEFAULT_SUPPRESSION_THRESHOLD),
  hideZeros: true,
  change: (change) => {
    set(change);
  },
}));
