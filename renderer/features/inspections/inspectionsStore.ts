/**
 * UI state of the inspections screens: the inspection in progress while it is edited (its
 * sealed copy is the one that survives; see draftStorage.ts) and whether that copy is up
 * to date (features/drafts). Memory only: a lock reloads the page and empties it.
 */
import type { DraftState } from '../drafts';
import { INITIAL_DRAFT_STATUS, draftStatusActions } from '../drafts';
import { createStore } from '../../stores/createStore';
import type { InspectionDraft } from './draft';

type InspectionsUiState = DraftState<InspectionDraft> & {
  /** A new or resumed draft, already sealed. */
  startDraft: (draft: InspectionDraft, savedAt: string) => void;
  editDraft: (edit: (draft: InspectionDraft) => InspectionDraft) => void;
};

export const useInspectionsStore = createStore<InspectionsUiState>((set) => ({
  ...INITIAL_DRAFT_STATUS,
  ...draftStatusActions<InspectionDraft>(set),
  setLoaded: (draft) => {
    set({ load: 'loaded', draft, save: 'saved' });
  },
  startDraft: (draft, savedAt) => {
    set((state) => ({ load: 'loaded', draft, save: 'saved', savedAt, revision: state.revision + 1 }));
  },
  editDraft: (edit) => {
    set((state) =>
      state.draft === null ? {} : { draft: edit(state.draft), save: 'unsaved', revision: state.revision + 1 },
    );
  },
  clearDraft: () => {
    set((state) => ({ load: 'loaded', draft: null, save: 'saved', savedAt: null, revision: state.revision + 1 }));
  },
}));
