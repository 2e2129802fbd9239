/**
 * How far the admission has got: per step, the fields answered (a value, or an explicit
 * unknown / refused / not applicable) out of those asked of this person, and the gaps:
 * required fields (shared/custody standards) that would be recorded as unknown. Gaps never
 * stop an urgent admission; they are listed before it is written and stay on the record.
 */
import type { JsonObject } from '@shared/crypto/canonicalJson';
import { fieldKindsOf, gapsOf } from '@shared/custody/projection/summary';
import { ADMISSION_FIELDS } from '@shared/custody/standardsMap';
import type { AdmissionDraft } from './admissionDraft';
import { isBlankRow } from './admissionDraft';
import type { BuiltAdmission } from './buildAdmission';
import type { FormField, ListId, SectionId } from './formFields';
import { FORM_FIELDS, SECTIONS, stepOfPath } from './formFields';
import type { PersonFacts } from './person';
import { isShownFor, requirementProfile } from './person';

export type SectionProgress = { readonly answered: number; readonly total: number; readonly gaps: readonly string[] };

function isTyped(value: string | undefined): boolean {
  return value !== undefined && value.trim() !== '';
}

/** Whether a field has an answer: a reason, something typed in one of its inputs, or a filled row. */
export function isAnswered(field: FormField, draft: AdmissionDraft): boolean {
  if (draft.reasons[field.id] !== undefined) return true;
  if (field.kind === 'list') return draft.rows[field.id as ListId].some((row) => !isBlankRow(row));
  if (field.parts.length > 0) return field.parts.some((part) => isTyped(draft.values[`${field.id}.${part}`]));
  return isTyped(draft.values[field.id]);
}

/** The fields shown for this person. */
export function shownFields(facts: PersonFacts): FormField[] {
  return FORM_FIELDS.filter((field) => isShownFor(field.shownFor, facts) === true);
}

/** Required fields that would be recorded as unknown, by field id, in form order. */
export function gapsOfAdmission(built: BuiltAdmission, facts: PersonFacts): string[] {
  const payload = { ...built.input, registerNumber: { prefix: 'PREVIEW', number: 1 } } as unknown as JsonObject;
  return gapsOf(fieldKindsOf(payload), requirementProfile(facts));
}

/** The fields required of this person (each would be a gap if left unknown). */
export function requiredFields(facts: PersonFacts): ReadonlySet<string> {
  return new Set(gapsOf('u'.repeat(ADMISSION_FIELDS.length), requirementProfile(facts)).filter((id) => id !== 'registerNumber'));
}

/** Answered, asked and gaps of every step that holds fields. */
export function sectionProgress(draft: AdmissionDraft, facts: PersonFacts, gaps: readonly string[]): Record<SectionId, SectionProgress> {
  const fields = shownFields(facts);
  const entries = SECTIONS.map((section) => {
    const inSection = fields.filter((field) => field.step === section);
    return [
      section,
      {
        answered: inSection.filter((field) => isAnswered(field, draft)).length,
        total: inSection.length,
        gaps: gaps.filter((gap) => stepOfPath(gap) === section),
      },
    ] as const;
  });
  return Object.fromEntries(entries) as unknown as Record<SectionId, SectionProgress>;
}
