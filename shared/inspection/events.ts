/**
 * Ledger event types of inspections and corrective actions. Subjects by convention: the
 * inspection's id (a UUIDv7) for `inspection.completed`; the action's id for `action.*`;
 * `templateSubject(ref)` for `template.imported`. Drafts in progress are not events (they
 * are sealed drafts in the renderer); only a finished inspection enters the ledger.
 * Released types are frozen: loosening a rule later is compatible, tightening is not.
 */
import { z } from 'zod';
import type { EventDraft } from '../ledger/envelope';
import { displayNameSchema, entityIdSchema, offsetDateTimeSchema, textSchema } from '../ledger/envelope';
import type { PayloadOf } from '../ledger/registry';
import { createEventRegistry, defineEventType } from '../ledger/registry';
import { answersSchema } from './answers';
import { indicatorProfileSchema } from './indicatorProfiles';
import { measurementsSchema } from './measurements';
import type { Template, TemplateRef } from './template';
import { templateIdSchema, templateRefOf, templateRefSchema, templateSchema } from './template';
import { noteSchema } from './text';

/** Priorities of a corrective action, most urgent first. */
export const ACTION_PRIORITIES = ['high', 'medium', 'low'] as const;
/** One of ACTION_PRIORITIES. */
export type ActionPriority = (typeof ACTION_PRIORITIES)[number];

/** Longest inspector summary. */
export const SUMMARY_MAX_CHARS = 20_000;
/** Longest action description, update note or verification note. */
export const ACTION_TEXT_MAX_CHARS = 4000;

/** The facility inspected: its code (as in its profile) and its name at the time. */
export const facilityRefSchema = z.strictObject({ code: textSchema(64), name: textSchema(200) });
/** The facility inspected. */
export type FacilityRef = z.infer<typeof facilityRefSchema>;

/** A person named in a payload: a display name and, when they are a user, their id. */
export const personRefSchema = z.strictObject({ id: entityIdSchema.optional(), name: displayNameSchema });

/** A calendar date (YYYY-MM-DD): actions fall due on a day at the facility, not an instant. */
export const dueDateSchema = z.iso.date();

/**
 * A finished inspection: the template it used (id, version, content hash), what was
 * answered and measured, and the threshold profile as used, so indicators recompute the
 * same years later even if the profile was edited. Answers are checked against the
 * template by `checkAnswers` before appending, since a payload schema cannot see it.
 */
export const inspectionCompleted = defineEventType(
  'inspection.completed',
  z.strictObject({
    template: templateRefSchema,
    facility: facilityRefSchema,
    inspector: personRefSchema,
    startedAt: offsetDateTimeSchema,
    answers: answersSchema,
    measurements: measurementsSchema,
    profile: indicatorProfileSchema,
    /** The inspector's own conclusions. */
    summary: noteSchema(SUMMARY_MAX_CHARS).optional(),
  }),
);

/** A corrective action opened from an item of a finished inspection. */
export const actionOpened = defineEventType(
  'action.opened',
  z.strictObject({
    facility: facilityRefSchema,
    source: z.strictObject({ inspectionId: entityIdSchema, itemId: templateIdSchema }),
    what: noteSchema(ACTION_TEXT_MAX_CHARS),
    owner: textSchema(200),
    dueDate: dueDateSchema,
    priority: z.enum(ACTION_PRIORITIES),
  }),
);

/** Progress on an action: a note, and optionally a new owner, due date or priority. */
export const actionUpdated = defineEventType(
  'action.updated',
  z.strictObject({
    note: noteSchema(ACTION_TEXT_MAX_CHARS),
    owner: textSchema(200).optional(),
    dueDate: dueDateSchema.optional(),
    priority: z.enum(ACTION_PRIORITIES).optional(),
  }),
);

/** An action done and verified: closing requires saying how it was verified. */
export const actionClosed = defineEventType(
  'action.closed',
  z.strictObject({ verificationNote: noteSchema(ACTION_TEXT_MAX_CHARS) }),
);

/** A template's whole content, so inspections that used it read correctly on any installation. */
export const templateImported = defineEventType('template.imported', z.strictObject({ template: templateSchema }));

/** Payload types of the inspection event types, by type name. */
export type InspectionPayloads = {
  'inspection.completed': PayloadOf<typeof inspectionCompleted>;
  'action.opened': PayloadOf<typeof actionOpened>;
  'action.updated': PayloadOf<typeof actionUpdated>;
  'action.closed': PayloadOf<typeof actionClosed>;
  'template.imported': PayloadOf<typeof templateImported>;
};

/** The inspection event types. */
export const INSPECTION_EVENT_TYPES = [
  inspectionCompleted,
  actionOpened,
  actionUpdated,
  actionClosed,
  templateImported,
] as const;

/** A registry of the inspection event types, to merge with the core registry. */
export const inspectionEventRegistry = createEventRegistry(INSPECTION_EVENT_TYPES);

/** The subject of a `template.imported` event: `<id>:v<version>:<first 16 hex of the hash>`. */
export function templateSubject(ref: TemplateRef): string {
  return `${ref.id}:v${ref.version}:${ref.contentHash.slice(0, 16)}`;
}

/** The draft that records an imported template. */
export function templateImportedDraft(template: Template, occurredAt: string): EventDraft {
  return { type: 'template.imported', subject: templateSubject(templateRefOf(template)), occurredAt, payload: { template } };
}
