/**
 * The inspection in progress, sealed at rest (features/drafts): hours of work that must
 * survive a crash or a closed window. Its row stays until the inspection is finished or
 * discarded.
 */
import { sealedDraftRows } from '../drafts';
import type { InspectionDraft } from './draft';
import { inspectionDraftSchema } from './draft';

/** Row `inspection-draft:<user id>`; the id is sealed into each row, so it never changes. */
export const inspectionDraftRows = sealedDraftRows<InspectionDraft>({ rowPrefix: 'inspection-draft:', schema: inspectionDraftSchema, owner: 'inspections' });
