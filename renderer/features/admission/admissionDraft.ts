/**
 * An admission being typed. Until it is admitted it is no event: it is a sealed draft, one
 * per user (draftStorage.ts), holding exactly what was typed (a half-typed date or number
 * is kept as text, never lost or silently changed) and, per field, an explicit reason when
 * there is no answer. Values are keyed by input path (`arrest.at.date`, `family.nextOfKin.name`).
 */
import { z } from 'zod';
import { UNKNOWN_REASONS } from '@shared/custody/known';
import type { UnknownReason } from '@shared/custody/known';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import type { LocalDateTime } from '@shared/util/zonedTime';
import type { ListId } from './formFields';
import { LIST_IDS, STEPS } from './formFields';

/** Version of the draft's shape; a draft of another shape is reported as unreadable, never guessed at. */
export const ADMISSION_DRAFT_FORMAT = 1;
/** Most rows a repeatable group may hold (the payload's list limit). */
export const MAX_ROWS = 100;
// Generous: a draft keeps what was typed, even past the limits the admission enforces.
const typed = z.string().max(100_000);

/** Why a field holds no value; `none` answers a list with "there are none". */
export const ANSWER_REASONS = [...UNKNOWN_REASONS, 'none'] as const;
export type AnswerReason = UnknownReason | 'none';

const valuesSchema = z.record(z.string().max(200), typed);
const reasonsSchema = z.record(z.string().max(200), z.enum(ANSWER_REASONS));

export const rowSchema = z.strictObject({ id: z.string().regex(/^row-\d{1,9}$/), values: valuesSchema, reasons: reasonsSchema });
export type DraftRow = z.infer<typeof rowSchema>;

const rowsSchema = z.strictObject(
  Object.fromEntries(LIST_IDS.map((id) => [id, z.array(rowSchema).max(MAX_ROWS)])) as Record<ListId, z.ZodArray<typeof rowSchema>>,
);

export const admissionDraftSchema = z.strictObject({
  format: z.literal(ADMISSION_DRAFT_FORMAT),
  startedAt: z.iso.datetime(),
  step: z.enum(STEPS),
  values: valuesSchema,
  reasons: reasonsSchema,
  rows: rowsSchema,
  nextRowId: z.number().int().min(1),
  /** Set on the sealed copy just before the admission is written, so a copy left behind by a failed removal is recognised. */
  submittedAt: z.iso.datetime().optional(),
});
export type AdmissionDraft = z.infer<typeof admissionDraftSchema>;

/** What a new draft starts from: the facility's own details and the time now, as its wall clock shows it. */
export type DraftDefaults = { readonly facility: FacilityProfile | undefined; readonly now: LocalDateTime; readonly startedAt: string };

function emptyRows(): Record<ListId, DraftRow[]> {
  return Object.fromEntries(LIST_IDS.map((id) => [id, []])) as unknown as Record<ListId, DraftRow[]>;
}

/** A new admission: arrival now, at this facility, under its authority and legal regime; everything else to answer. */
export function newAdmissionDraft({ facility, now, startedAt }: DraftDefaults): AdmissionDraft {
  const values: Record<string, string> = { 'admission.at.date': now.date, 'admission.at.time': now.time };
  if (facility !== undefined) {
    values['admission.place'] = facility.name;
    values['admission.responsibleAuthority'] = facility.responsibleAuthority;
    values['status.legalRegime'] = facility.legalRegime;
  }
  return { format: ADMISSION_DRAFT_FORMAT, startedAt, step: 'identity', values, reasons: {}, rows: emptyRows(), nextRowId: 1 };
}

/** The draft with one input's text changed. */
export function withValue(draft: AdmissionDraft, path: string, value: string): AdmissionDraft {
  return { ...draft, values: { ...draft.values, [path]: value } };
}

/** The draft with a field's reason for having no value set, or cleared with `null`. */
export function withReason(draft: AdmissionDraft, path: string, reason: AnswerReason | null): AdmissionDraft {
  const others = Object.fromEntries(Object.entries(draft.reasons).filter(([key]) => key !== path));
  return { ...draft, reasons: reason === null ? others : { ...others, [path]: reason } };
}

/** The draft with a new empty row at the end of a group; unchanged when the group is full. */
export function withRowAdded(draft: AdmissionDraft, list: ListId): AdmissionDraft {
  if (draft.rows[list].length >= MAX_ROWS) return draft;
  const row: DraftRow = { id: `row-${String(draft.nextRowId)}`, values: {}, reasons: {} };
  // Adding rows answers the group: a "none" or "unknown" chosen before no longer holds.
  const cleared = withReason(draft, list, null);
  return { ...cleared, rows: { ...draft.rows, [list]: [...draft.rows[list], row] }, nextRowId: draft.nextRowId + 1 };
}

export function withRowRemoved(draft: AdmissionDraft, list: ListId, rowId: string): AdmissionDraft {
  return { ...draft, rows: { ...draft.rows, [list]: draft.rows[list].filter((row) => row.id !== rowId) } };
}

/** The draft with one row changed. */
export function withRowEdited(draft: AdmissionDraft, list: ListId, rowId: string, edit: (row: DraftRow) => DraftRow): AdmissionDraft {
  return { ...draft, rows: { ...draft.rows, [list]: draft.rows[list].map((row) => (row.id === rowId ? edit(row) : row)) } };
}

/** Whether a row holds nothing typed and no reason: such rows are left out of the admission. */
export function isBlankRow(row: DraftRow): boolean {
  return Object.values(row.values).every((value) => value.trim() === '') && Object.keys(row.reasons).length === 0;
}
