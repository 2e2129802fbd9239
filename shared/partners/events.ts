/**
 * Ledger event types of partner assessment (domain.md §4.2–4.5): a partner's profile, its
 * dated assessments, the risk-mitigation plan's measures and the decision log. Being ledger
 * events, they are signed, never erased and travel in bundles to fellow advisers.
 * Subjects: the partner's id (a UUIDv7) for `partner.registered`, `partner.updated` and
 * `partner.assessed`; the measure's id for `partner.measure_*`; the decision's id for
 * `partner.decision_recorded` (its payload names the partner).
 * Released types are frozen: loosening a rule later is compatible, tightening is not.
 */
import { z } from 'zod';
import { entityIdSchema, textSchema } from '../ledger/envelope';
import type { PayloadOf } from '../ledger/registry';
import { createEventRegistry, defineEventType } from '../ledger/registry';
import { noteSchema } from '../inspection/text';
import { CRITERION_RATINGS, PARTNER_CRITERIA, RISK_LEVELS } from './criteria';

/** Kinds of partner (domain.md §4.5 PartnerProfile). */
export const PARTNER_KINDS = ['state_force', 'non_state_armed_group', 'private_security', 'other_authority'] as const;
/** One of PARTNER_KINDS. */
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** Kinds of support given to the partner. */
export const SUPPORT_TYPES = ['training', 'equipment', 'intelligence', 'joint_operations', 'detention_support', 'funding'] as const;
/** One of SUPPORT_TYPES. */
export type SupportType = (typeof SUPPORT_TYPES)[number];

/** Kinds of risk-mitigation measure (domain.md §4.2 step 2). */
export const MEASURE_KINDS = [
  'training',
  'mentoring',
  'detention_support',
  'support_condition',
  'intelligence_caveat',
  'transfer_safeguard',
] as const;
/** One of MEASURE_KINDS. */
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Where a measure stands; `not_met` is a condition on support the partner did not comply with. */
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'not_met', 'cancelled'] as const;
/** One of MEASURE_STATUSES. */
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Decisions on support (domain.md §4.2 step 4). */
export const SUPPORT_DECISIONS = ['continue', 'adjust', 'condition', 'suspend'] as const;
/** One of SUPPORT_DECISIONS. */
export type SupportDecision = (typeof SUPPORT_DECISIONS)[number];

/** Longest partner name. */
export const PARTNER_NAME_MAX_CHARS = 200;
/** Longest evidence, note, description, rationale or summary. */
export const PARTNER_TEXT_MAX_CHARS = 4000;
/** Longest measure owner. */
export const OWNER_MAX_CHARS = 200;
/** Most facilities linked to one partner. */
export const MAX_LINKED_FACILITIES = 500;

/** A calendar date (YYYY-MM-DD): assessments, due dates and decisions fall on a day. */
export const calendarDateSchema = z.iso.date();

/** A facility linked to a partner: its code (as in its profile) and its name at the time. */
export const linkedFacilitySchema = z.strictObject({ code: textSchema(64), name: textSchema(200) });
/** A facility linked to a partner. */
export type LinkedFacility = z.infer<typeof linkedFacilitySchema>;

/**
 * A partner's whole profile; an update carries the whole new profile, as facility.updated
 * does. Facilities are linked by the adviser explicitly: a facility's responsible authority
 * is free text and only a hint.
 */
export const partnerProfileSchema = z.strictObject({
  name: textSchema(PARTNER_NAME_MAX_CHARS),
  kind: z.enum(PARTNER_KINDS),
  supportTypes: z.array(z.enum(SUPPORT_TYPES)).max(SUPPORT_TYPES.length),
  facilities: z.array(linkedFacilitySchema).max(MAX_LINKED_FACILITIES),
  description: noteSchema(PARTNER_TEXT_MAX_CHARS).optional(),
});
/** A partner's profile. */
export type PartnerProfile = z.infer<typeof partnerProfileSchema>;

/** One criterion's rating, with the evidence it rests on (required unless unknown) and a note. */
export const criterionAssessmentSchema = z
  .strictObject({
    rating: z.enum(CRITERION_RATINGS),
    evidence: noteSchema(PARTNER_TEXT_MAX_CHARS).optional(),
    note: noteSchema(PARTNER_TEXT_MAX_CHARS).optional(),
  })
  .refine((criterion) => criterion.rating === 'unknown' || criterion.evidence !== undefined, {
    message: 'a rating needs its evidence',
    path: ['evidence'],
  });
/** One criterion's rating. */
export type CriterionAssessment = z.infer<typeof criterionAssessmentSchema>;

const criteriaShape = Object.fromEntries(PARTNER_CRITERIA.map((criterion) => [criterion, criterionAssessmentSchema])) as Record<
  (typeof PARTNER_CRITERIA)[number],
  typeof criterionAssessmentSchema
>;

/** A dated assessment: every criterion rated, an overall risk, and an optional summary. */
export const partnerAssessed = defineEventType(
  'partner.assessed',
  z.strictObject({
    assessedOn: calendarDateSchema,
    criteria: z.strictObject(criteriaShape),
    overallRisk: z.enum(RISK_LEVELS),
    summary: noteSchema(PARTNER_TEXT_MAX_CHARS).optional(),
  }),
);

export const partnerRegistered = defineEventType('partner.registered', partnerProfileSchema);
export const partnerUpdated = defineEventType('partner.updated', partnerProfileSchema);

/** A measure of the risk-mitigation plan. */
export const measureAdded = defineEventType(
  'partner.measure_added',
  z.strictObject({
    partnerId: entityIdSchema,
    kind: z.enum(MEASURE_KINDS),
    description: noteSchema(PARTNER_TEXT_MAX_CHARS),
    owner: textSchema(OWNER_MAX_CHARS),
    dueDate: calendarDateSchema,
    reviewDate: calendarDateSchema,
    status: z.enum(MEASURE_STATUSES),
  }),
);

/** Progress on a measure: a note, and only what changed. */
export const measureUpdated = defineEventType(
  'partner.measure_updated',
  z.strictObject({
    note: noteSchema(PARTNER_TEXT_MAX_CHARS),
    status: z.enum(MEASURE_STATUSES).optional(),
    owner: textSchema(OWNER_MAX_CHARS).optional(),
    dueDate: calendarDateSchema.optional(),
    reviewDate: calendarDateSchema.optional(),
  }),
);

/** A decision on support; who decided is the event's author. */
export const decisionRecorded = defineEventType(
  'partner.decision_recorded',
  z.strictObject({
    partnerId: entityIdSchema,
    decision: z.enum(SUPPORT_DECISIONS),
    decidedOn: calendarDateSchema,
    rationale: noteSchema(PARTNER_TEXT_MAX_CHARS),
  }),
);

/** Payload types of the partner event types, by type name. */
export type PartnerPayloads = {
  'partner.registered': PayloadOf<typeof partnerRegistered>;
  'partner.updated': PayloadOf<typeof partnerUpdated>;
  'partner.assessed': PayloadOf<typeof partnerAssessed>;
  'partner.measure_added': PayloadOf<typeof measureAdded>;
  'partner.measure_updated': PayloadOf<typeof measureUpdated>;
  'partner.decision_recorded': PayloadOf<typeof decisionRecorded>;
};

/** The partner event types. */
export const PARTNER_EVENT_TYPES = [partnerRegistered, partnerUpdated, partnerAssessed, measureAdded, measureUpdated, decisionRecorded] as const;

/** A registry of the partner event types, to merge with the core registry. */
export const partnerEventRegistry = createEventRegistry(PARTNER_EVENT_TYPES);
