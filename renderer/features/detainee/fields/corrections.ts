/**
 * What can be corrected in an entry, and who may: every member of a later event's form and
 * its time, every admission field. Medical fields are offered only to those who read them
 * (a correction states the old value), and writing about a medical entry takes the
 * medical capability.
 */
import { OCCURRED_AT_PATH } from '@shared/custody/events/audit';
import type { CustodyEventType } from '@shared/custody/eventTypes';
import { isMedicalPath } from '@shared/custody/medicalVisibility';
import { correctionNeedsConfirmation } from '@shared/custody/projection/audit';
import type { CorrectionView, CustodyRecord } from '@shared/custody/projection/types';
import { ADMISSION_SECTIONS, REGISTER_NUMBER_SPEC } from './admissionSpecs';
import { eventSpecOf } from './eventSpecs';
import type { FieldSpec, WriteCapability } from './fieldTypes';
import { specAtPath } from './fieldTypes';

/** A field that can be corrected: its payload path (or the event's time) and its descriptor. */
export type CorrectableField = { readonly path: string; readonly spec: FieldSpec };

/** The event's own time, as a correctable field of every later event. */
export const OCCURRED_AT_SPEC: FieldSpec = { name: OCCURRED_AT_PATH, label: 'detainee.form.occurredAt', input: { kind: 'instant' } };

/** The capability a write about an entry needs: medical entries and fields are medical staff's. */
export function capabilityFor(type: CustodyEventType, path?: string): WriteCapability {
  if (type === 'custody.medical_examined') return 'medical.write';
  return path !== undefined && isMedicalPath(type, path) ? 'medical.write' : 'register.write';
}

/** The fields of an entry a user may correct. */
export function correctableFields(type: CustodyEventType, canReadMedical: boolean): CorrectableField[] {
  const fields: CorrectableField[] =
    type === 'custody.admitted'
      ? [
          { path: REGISTER_NUMBER_SPEC.name, spec: REGISTER_NUMBER_SPEC },
          ...ADMISSION_SECTIONS.flatMap((section) => section.fields.map((spec) => ({ path: `${section.id}.${spec.name}`, spec }))),
        ]
      : [{ path: OCCURRED_AT_PATH, spec: OCCURRED_AT_SPEC }, ...(eventSpecOf(type)?.fields ?? []).map((spec) => ({ path: spec.name, spec }))];
  return canReadMedical ? fields : fields.filter((field) => !isMedicalPath(type, field.path));
}

/** The admission payload as one list of fields: the register number, then each section as a group. */
const ADMISSION_AS_FIELDS: readonly FieldSpec[] = [
  REGISTER_NUMBER_SPEC,
  ...ADMISSION_SECTIONS.map((section): FieldSpec => ({ name: section.id, input: { kind: 'group', fields: section.fields } })),
];

/** The descriptor of a corrected path (also a nested one written elsewhere), or undefined. */
export function specOfPath(type: CustodyEventType, path: string): FieldSpec | undefined {
  if (path === OCCURRED_AT_PATH) return OCCURRED_AT_SPEC;
  const bare = path
    .split('.')
    .filter((segment) => segment !== 'value')
    .join('.');
  const spec = specAtPath(type === 'custody.admitted' ? ADMISSION_AS_FIELDS : (eventSpecOf(type)?.fields ?? []), bare);
  // A path into a Known's `value` names the bare value, not the Known.
  return spec !== undefined && path.endsWith('.value') ? { name: spec.name, input: spec.input, ...(spec.label === undefined ? {} : { label: spec.label }) } : spec;
}

/** Whether a correction of this path takes a second user's confirmation (identity, register number). */
export function needsSecondUser(type: CustodyEventType, path: string): boolean {
  return correctionNeedsConfirmation(type === 'custody.admitted', path);
}

/** The corrections of one entry, oldest first. */
export function correctionsOf(record: CustodyRecord, eventId: string): CorrectionView[] {
  return record.corrections.filter((correction) => correction.targetEventId === eventId).sort((a, b) => a.recordedMs - b.recordedMs || a.seq - b.seq);
}
