/**
 * UI state of the admission form: the draft while it is edited (its sealed copy is the one
 * that survives; see draftStorage.ts), whether that copy is current, which fields the
 * registrar has left (their messages show from then on) and the outcome of admitting.
 * Memory only: a lock reloads the page and empties it.
 */
import type { DraftState } from '../drafts';
import { INITIAL_DRAFT_STATUS, draftStatusActions } from '../drafts';
import { createStore } from '../../stores/createStore';
import type { AdmissionDraft } from './admissionDraft';
import type { AdmissionProblem } from './checks';
import type { StepId } from './formFields';

/** The person just admitted, for the confirmation. */
export type Admitted = { readonly recordId: string; readonly registerLabel: string; readonly name: string; readonly gaps: number };

type AdmissionUiState = DraftState<AdmissionDraft> & {
  /** The draft was found sealed from an earlier session: say so, and offer to discard it. */
  isRestored: boolean;
  /** Inputs the registrar has left: their messages show from then on. */
  touched: ReadonlySet<string>;
  /** Admit attempts; each one that finds problems moves focus to the first. */
  attempt: number;
  /** Problems the write itself returned (the register changed meanwhile). */
  writeProblems: readonly AdmissionProblem[];
  admitted: Admitted | null;
  /** A new draft, not sealed until its first edit. */
  startDraft: (draft: AdmissionDraft) => void;
  editDraft: (edit: (draft: AdmissionDraft) => AdmissionDraft) => void;
  /** Opens a step (kept in the draft, so the admission reopens where it was left). */
  setStep: (step: StepId) => void;
  touch: (path: string) => void;
  attemptFailed: (writeProblems: readonly AdmissionProblem[]) => void;
  /** The draft is gone: admitted (with the confirmation) or discarded. */
  closeDraft: (admitted: Admitted | null) => void;
  dismissAdmitted: () => void;
};

const FRESH = { isRestored: false, touched: new Set<string>(), attempt: 0, writeProblems: [] };

export const useAdmissionStore = createStore<AdmissionUiState>((set, get) => ({
  ...INITIAL_DRAFT_STATUS,
  ...draftStatusActions<AdmissionDraft>(set),
  admitted: null,
  ...FRESH,
  setLoaded: (draft) => {
    set({ load: 'loaded', draft, save: 'saved', ...FRESH, isRestored: draft !== null });
  },
  startDraft: (draft) => {
    // Nothing typed yet, nothing to lose: the first edit is what gets sealed.
    set((state) => ({ load: 'loaded', draft, save: 'saved', savedAt: null, revision: state.revision + 1, ...FRESH, admitted: null }));
  },
  editDraft: (edit) => {
    set((state) =>
      state.draft === null ? {} : { draft: edit(state.draft), save: 'unsaved', revision: state.revision + 1, writeProblems: [], isRestored: false },
    );
  },
  setStep: (step) => {
    set((state) => (state.draft === null || state.draft.step === step ? {} : { draft: { ...state.draft, step }, save: 'unsaved', revision: state.revision + 1 }));
  },
  touch: (path) => {
    set((state) => (state.touched.has(path) ? {} : { touched: new Set([...state.touched, path]) }));
  },
  attemptFailed: (writeProblems) => {
    set((state) => ({ attempt: state.attempt + 1, writeProblems }));
  },
  closeDraft: (admitted) => {
    set((state) => ({ load: 'loaded', draft: null, save: 'saved', savedAt: null, revision: state.revision + 1, ...FRESH, admitted }));
  },
  clearDraft: () => {
    get().closeDraft(null);
  },
  dismissAdmitted: () => {
    set({ admitted: null });
  },
}));
