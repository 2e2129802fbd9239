/**
 * The admission being typed, sealed at rest (features/drafts) shortly after every change,
 * so it survives a crash or a closed window. Its row stays until the person is admitted or
 * the draft is discarded.
 */
import { sealedDraftRows } from '../drafts';
import type { AdmissionDraft } from './admissionDraft';
import { admissionDraftSchema } from './admissionDraft';

/** Row `admission-draft:<user id>`; the id is sealed into each row, so it never changes. */
export const admissionDraftRows = sealedDraftRows<AdmissionDraft>({ rowPrefix: 'admission-draft:', schema: admissionDraftSchema, owner: 'admission' });
