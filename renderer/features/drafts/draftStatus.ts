/**
 * The part of a feature's UI store that the draft machinery reads and drives: whether the
 * sealed copy has been read, whether it matches what is on screen, and the actions that
 * move between those states. A feature's store spreads INITIAL_DRAFT_STATUS and
 * draftStatusActions(set) into its own state and adds what only it needs.
 */

/** Whether the sealed copy has been read yet, and what it held. */
export type DraftLoad = 'unknown' | 'loading' | 'loaded' | 'unreadable';
/** Whether the sealed copy matches what is on screen. */
export type DraftSave = 'saved' | 'unsaved' | 'saving' | 'failed';

export type DraftStatus<Draft> = {
  load: DraftLoad;
  draft: Draft | null;
  save: DraftSave;
  /** When the sealed copy was last written (ISO), for "Draft saved at 14:32". */
  savedAt: string | null;
  /** Bumped on every edit, so a save that finishes after a newer edit does not mark it saved. */
  revision: number;
  /** Set while the draft is being recorded or discarded: no save may start then. */
  isClosing: boolean;
};

type DraftStatusActions = {
  /** Reads the sealed copy again (another window may have written one). */
  reloadDraft: () => void;
  startLoading: () => void;
  setUnreadable: () => void;
  markSaving: () => void;
  markSaved: (revision: number, savedAt: string) => void;
  markSaveFailed: (revision: number) => void;
  setClosing: (isClosing: boolean) => void;
};

export type DraftState<Draft> = DraftStatus<Draft> &
  DraftStatusActions & {
    /** What the sealed copy held once read (null: none, or one already recorded). */
    setLoaded: (draft: Draft | null) => void;
    /** The draft is gone (discarded): a new one may start. */
    clearDraft: () => void;
  };

/** A feature store holding a draft, as created by renderer/stores/createStore.ts. */
export type DraftStore<Draft> = {
  <Selected>(selector: (state: DraftState<Draft>) => Selected): Selected;
  getState: () => DraftState<Draft>;
};

type SetDraftStatus<Draft> = (update: Partial<DraftStatus<Draft>> | ((state: DraftStatus<Draft>) => Partial<DraftStatus<Draft>>)) => void;

export const INITIAL_DRAFT_STATUS = { load: 'unknown', draft: null, save: 'saved', savedAt: null, revision: 0, isClosing: false } as const;

/** The actions every draft store has, for the store's `set`. */
export function draftStatusActions<Draft>(set: SetDraftStatus<Draft>): DraftStatusActions {
  return {
    reloadDraft: () => {
      set({ load: 'unknown' });
    },
    startLoading: () => {
      set({ load: 'loading' });
    },
    setUnreadable: () => {
      set({ load: 'unreadable', draft: null });
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
    setClosing: (isClosing) => {
      set({ isClosing });
    },
  };
}
