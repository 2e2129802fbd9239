/**
 * Work in progress that must survive a crash, a closed window or a lock: an admission being
 * typed, an inspection under way. Sealed rows, autosave, the save bar and the discard button,
 * shared by the features that keep such a draft; each passes its DraftKit (where the draft is
 * held and sealed, what it is called). No screen of its own, so no feature definition.
 */
export type { DiscardKeys, DraftKit } from './draftKit';
export type { DraftLoad, DraftSave, DraftState, DraftStatus, DraftStore } from './draftStatus';
export { INITIAL_DRAFT_STATUS, draftStatusActions } from './draftStatus';
export type { DraftOwner, SealedDraftRows, SealedDraftRowsOptions, StoredDraft } from './sealedDraftRows';
export { sealedDraftRows } from './sealedDraftRows';
export { AUTOSAVE_DELAY_MS, useDraftPersistence, useSaveDraftNow } from './useDraftPersistence';
export { DraftSaveBar } from './DraftSaveBar';
export { DiscardDraftButton } from './DiscardDraftButton';
