/**
 * The machine-readable standards map: field id → the instruments that require it, with
 * their legal force. Admission fields are keyed by their `custody.admitted` payload path,
 * later steps by event type name.
 */
import { ADMISSION_FIELDS } from './standards/admissionFields';
import { EVENT_STANDARDS } from './standards/eventStandards';
import type { LegalForce, StandardRef } from './standards/refs';

export type { AdmissionField, RequiredFor, Sensitivity } from './standards/admissionFields';
export { ADMISSION_FIELDS, ADMISSION_FIELDS_BY_ID } from './standards/admissionFields';
export type { LegalForce, StandardRef } from './standards/refs';
export { LEGAL_FORCES } from './standards/refs';

/** Field id (admission payload path or event type) → its sources. */
export const STANDARDS_MAP: ReadonlyMap<string, readonly StandardRef[]> = new Map<string, readonly StandardRef[]>([
  ...ADMISSION_FIELDS.map((entry) => [entry.id, entry.sources] as const),
  ...Object.entries(EVENT_STANDARDS),
]);

const FORCE_RANK: Readonly<Record<LegalForce, number>> = { binding: 0, standard: 1, recommendation: 2 };

/** The sources of a field id or event type, or an empty list. */
export function standardsFor(fieldId: string): readonly StandardRef[] {
  return STANDARDS_MAP.get(fieldId) ?? [];
}

/**
 * The strongest legal force among a field's sources (binding before standard before
 * recommendation), or undefined for an unmapped id. The UI labels fields with it.
 */
export function strongestForce(fieldId: string): LegalForce | undefined {
  let best: LegalForce | undefined;
  for (const source of standardsFor(fieldId)) {
    if (best === undefined || FORCE_RANK[source.force] < FORCE_RANK[best]) best = source.force;
  }
  return best;
}
