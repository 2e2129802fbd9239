/**
 * UI state of the inspections screens: the inspection in progress while it is edited (its
 * sealed copy is the one that survives; see draftStorage.ts) and whether that copy is up
 * to date. Memory only: a lock reloads the page and empties it.
 */
import { createStore } from '../../stores/createStore';
import type { InspectionDraft } from './draft';

/** Whether the sealed copy has been read yet, and what it held. */
export type DraftLoad = 'unknown' | 'loading' | 'loaded' | 'unreadable';
/** Whether the sealed copy matches what is on screen. */
export type DraftSave = 'saved' | 'unsaved' | 'saving' | 'failed';

type InspectionsUiState = {
  load: DraftLoad;
  draft: InspectionDraft | null;
  save: DraftSave;
  /** When the sealed copy was last written (ISO), for "Draft saved at 14:32". */
  savedAt: string | null;
  /** Bumped on every edit, so a save that finishes after a newer edit does not mark it saved. */
  revision: number;
  /** Set while the draft is being finished or discarded: no save may start then. */
  isClosing: boolean;
  /** Reads the sealed copy again (another window may have written one). */
  reloadDraft: () => void;
  startLoading: () => void;
  setLoaded: (draft: InspectionDraft | null) => void;
  setUnreadable: () => void;
  /** A new or resumed draft, already sealed. */
  startDraft: (draft: InspectionDraft, savedAt: string) => void;
  editDraft: (edit: (draft: InspectionDraft) => InspectionDraft) => void;
  markSaving: () => void;
  markSaved: (revision: number, savedAt: string) => void;
  markSaveFailed: (revision: number) => void;
  clearDraft: () => void;
  setClosing: (isClosing: boolean) => void;
};

export const useInspectionsStore = createStore<InspectionsUiState>((set) => ({
  load: 'unknown',
  draft: null,
  save: 'saved',
  savedAt: null,
  revision: 0,
  isClosing: false,
  reloadDraft: () => {
    set({ load: 'unknown' });
  },
  startLoading: () => {
    set({ load: 'loading' });
  },
  setLoaded: (draft) => {
    set({ load: 'loaded', draft, save: 'saved' });
  },
  setUnreadable: () => {
    set({ load: 'unreadable', draft: null });
  },
  startDraft: (draft, savedAt) => {
    set((state) => ({ load: 'loaded', draft, save: 'saved', savedAt, revision: state.revision + 1 }));
  },
  editDraft: (edit) => {
    set((state) =>
      state.draft === null ? {} : { draft: edit(state.draft), save: 'unsaved', revision: state.revision + 1 },
    );
  },
  markSaving: () => {
    set({ save: 'saving' });
  },
  markSaved: (revision, savedAt) => {
    set((state) => (state.revision === revision ? { save: 'saved', savedAt } : { savedAt }));
  },
  markSaveFailed: (revision) => {
    set((state) => (state.revision === revision ? { save: 'failed' } : {}));
  },
  clearDraft: () => {
    set((state) => ({ load: 'loaded', draft: null, save: 'saved', savedAt: null, revision: state.revision + 1 }));
  },
  setClosing: (isClosing) => {
    set({ isClosing });
  },
}));
