/**
 * Life in custody: placement, discipline, solitary confinement, restraints, complaints,
 * visits and correspondence.
 */
import { z } from 'zod';
import { defineEventType } from '../../ledger/registry';
import { known } from '../known';
import { eventIdRef, knownInstant, knownLong, knownShort, longText, reasonText, separationSchema, shortText } from './common';

/** The person moved within the facility (SMR 11; CIHL R.119, R.120). */
export const custodyPlacementChanged = defineEventType(
  'custody.placement_changed',
  z.strictObject({ placement: shortText, separation: known(separationSchema), reason: knownLong }),
);

/**
 * A disciplinary sanction (SMR 8(c),(e), 39). Whether it restricts family contact is asked
 * because SMR 43(3) forbids prohibiting family contact as a sanction.
 */
export const custodyDisciplineImposed = defineEventType(
  'custody.discipline_imposed',
  z.strictObject({
    allegedOffence: longText,
    hearingAt: knownInstant,
    sanction: longText,
    authority: shortText,
    endsAt: knownInstant,
    restrictsFamilyContact: z.boolean(),
  }),
);

/** Solitary confinement began (SMR 43–45); the episode is this event's id. */
export const custodySolitaryStarted = defineEventType(
  'custody.solitary_started',
  z.strictObject({
    kind: z.enum(['disciplinary', 'protective', 'medical', 'administrative', 'other']),
    authority: shortText,
    reason: reasonText,
  }),
);

/** Solitary confinement ended; names the episode's start event and who ended it. */
export const custodySolitaryEnded = defineEventType(
  'custody.solitary_ended',
  z.strictObject({ startEventId: eventIdRef, authority: shortText }),
);

/** Instruments of restraint were used (SMR 43(2), 47(2)). */
export const custodyRestraintUsed = defineEventType(
  'custody.restraint_used',
  z.strictObject({ kind: shortText, reason: reasonText, authoriser: shortText, endedAt: knownInstant }),
);

/** A request, complaint or allegation of ill-treatment, and its referral (SMR 8(d), 71(2)). */
export const custodyComplaintRecorded = defineEventType(
  'custody.complaint_recorded',
  z.strictObject({
    kind: z.enum(['request', 'complaint', 'ill_treatment_allegation']),
    summary: knownLong,
    isConfidential: z.boolean(),
    referredTo: knownShort,
    referredAt: knownInstant,
    reference: knownShort,
    response: knownLong,
  }),
);

/** Categories of visitor (CIHL R.126). */
export const VISITOR_CATEGORIES = ['family', 'lawyer', 'consular', 'religious', 'icrc', 'other'] as const;

/** A visit (CIHL R.126; JDL visits). */
export const custodyVisitReceived = defineEventType(
  'custody.visit_received',
  z.strictObject({
    visitorCategory: z.enum(VISITOR_CATEGORIES),
    visitors: knownShort,
    durationMinutes: known(z.number().int().min(1).max(24 * 60)),
  }),
);

/** Letters, cards or calls sent or received (CIHL R.125; AP II 5(2)(b)). */
export const custodyCorrespondenceRecorded = defineEventType(
  'custody.correspondence_recorded',
  z.strictObject({
    direction: z.enum(['sent', 'received']),
    kind: z.enum(['letter', 'card', 'phone_call', 'message', 'red_cross_message']),
    count: z.number().int().min(1).max(1000),
  }),
);
