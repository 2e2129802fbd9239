/**
 * The monitoring screen's choices: UI state only (a subject's id, a comparison and dates,
 * nothing identifying anyone), kept while moving between screens; a lock reloads the page
 * and resets it. The day support began, when the adviser enters it, is remembered here
 * per subject: the ledger holds no such date, and Habeas does not invent one.
 */
import { createStore } from '../../stores/createStore';

/** How the two periods are chosen. */
export const COMPARISON_MODES = ['quarters', 'support', 'custom'] as const;
export type ComparisonMode = (typeof COMPARISON_MODES)[number];

/** The dates of a comparison chosen by the adviser, as typed. */
export type CustomDates = { readonly baselineFrom: string; readonly baselineTo: string; readonly comparisonFrom: string; readonly comparisonTo: string };

type MonitoringUiState = {
  /** `facility:<ledger>` or `partner:<id>`; undefined until chosen (the first subject is shown). */
  subjectKey: string | undefined;
  mode: ComparisonMode;
  /** Undefined until the adviser types dates (last quarter against the one before until then). */
  custom: CustomDates | undefined;
  /** The day support began, as typed, by subject key. */
  supportStarts: Readonly<Record<string, string>>;
  setSubject: (subjectKey: string) => void;
  setMode: (mode: ComparisonMode) => void;
  setCustom: (custom: CustomDates) => void;
  setSupportStart: (subjectKey: string, date: string) => void;
};

export const useMonitoringStore = createStore<MonitoringUiState>((set) => ({
  subjectKey: undefined,
  mode: 'quarters',
  custom: undefined,
  supportStarts: {},
  setSubject: (subjectKey) => {
    set({ subjectKey });
  },
  setMode: (mode) => {
    set({ mode });
  },
  setCustom: (custom) => {
    set({ custom });
  },
  setSupportStart: (subjectKey, date) => {
    set((state) => ({ supportStarts: { ...state.supportStarts, [subjectKey]: date } }));
  },
}));
