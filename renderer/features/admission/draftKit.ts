import { useCustodyRecords } from '../../custody';
import type { DraftKit } from '../drafts';
import { useDraftPersistence } from '../drafts';
import type { AdmissionDraft } from './admissionDraft';
import { useAdmissionStore } from './admissionStore';
import { discardDraft, isAlreadyAdmitted, saveDraft } from './commands';
import { admissionDraftRows } from './draftStorage';
import { useFacilityTimeZone } from './queries';

/** The admission being typed, for the shared draft machinery (features/drafts). */
export const admissionDraftKit: DraftKit<AdmissionDraft> = {
  useStore: useAdmissionStore,
  rows: admissionDraftRows,
  save: saveDraft,
  discard: discardDraft,
  discardKeys: {
    button: 'admission.discard.button',
    title: 'admission.discard.title',
    body: 'admission.discard.body',
    done: 'admission.discard.done',
    failed: 'admission.discard.failed',
  },
};

/** Keeps the admission sealed as it is typed; a leftover of a person already in the register (its removal failed) is removed. */
export function useAdmissionDraftPersistence(): void {
  const records = useCustodyRecords();
  const timeZone = useFacilityTimeZone();
  useDraftPersistence(admissionDraftKit, (draft) => isAlreadyAdmitted(draft, records, timeZone));
}
