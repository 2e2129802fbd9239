import type { DraftKit } from '../drafts';
import { useDraftPersistence } from '../drafts';
import { discardDraft, saveDraft } from './commands';
import type { InspectionDraft } from './draft';
import { inspectionDraftRows } from './draftStorage';
import { useInspectionsStore } from './inspectionsStore';
import { useInspectionsState } from './queries';

/** The inspection in progress for the shared draft machinery (features/drafts). */
export const inspectionDraftKit: DraftKit<InspectionDraft> = {
  useStore: useInspectionsStore,
  rows: inspectionDraftRows,
  save: saveDraft,
  discard: discardDraft,
  discardKeys: {
    button: 'inspections.draft.discard',
    title: 'inspections.draft.discardTitle',
    body: 'inspections.draft.discardBody',
    done: 'inspections.draft.discarded',
    failed: 'inspections.draft.discardFailed',
  },
};

/** Keeps the inspection in progress sealed; a leftover of one already finished (its removal failed) is removed. */
export function useInspectionDraftPersistence(): void {
  const state = useInspectionsState();
  useDraftPersistence(inspectionDraftKit, (draft) => state.inspections.has(draft.id));
}
