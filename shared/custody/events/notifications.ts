/**
 * Notifications and contacts with the outside world that safeguards time: family,
 * consulate, ICRC, capture or internment card, national Information Bureau.
 */
import { z } from 'zod';
import { defineEventType } from '../../ledger/registry';
import { known } from '../known';
import { knownBoolean, knownInstant, knownShort, reasonText, shortText } from './common';

/** What prompted a notification: the event it reports. */
export const NOTIFICATION_TRIGGERS = ['admission', 'transfer', 'hospital', 'release', 'escape', 'death', 'other'] as const;
/** How the family was reached. */
export const NOTIFICATION_CHANNELS = ['in_person', 'phone', 'letter', 'message', 'icrc_rcm', 'other'] as const;
/** Outcomes of a family notification. */
export const FAMILY_NOTIFICATION_OUTCOMES = ['notified', 'detainee_declined', 'delayed', 'unreachable'] as const;

/**
 * The family was told (who, how, when), or why not: the detainee declined, it was delayed
 * (a reason is then required, BoP 16(4)), or nobody could be reached.
 */
export const custodyFamilyNotified = defineEventType(
  'custody.family_notified',
  z
    .strictObject({
      outcome: z.enum(FAMILY_NOTIFICATION_OUTCOMES),
      trigger: z.enum(NOTIFICATION_TRIGGERS),
      person: knownShort,
      relationship: knownShort,
      channel: known(z.enum(NOTIFICATION_CHANNELS)),
      notifiedBy: knownShort,
      delayReason: reasonText.optional(),
    })
    .refine((notice) => notice.outcome !== 'delayed' || notice.delayReason !== undefined, {
      message: 'empty-reason',
      path: ['delayReason'],
    }),
);

/** The consular post was informed, or the foreign detainee told of the right (BoP 16(2)). */
export const custodyConsulInformed = defineEventType(
  'custody.consul_informed',
  z.strictObject({
    outcome: z.enum(['consulate_informed', 'detainee_told_of_right', 'detainee_declined']),
    consularPost: knownShort,
    channel: knownShort,
  }),
);

/** The ICRC was notified of the person (GC III 122–123, GC IV 137/140, CIHL R.123–124). */
export const custodyIcrcNotified = defineEventType(
  'custody.icrc_notified',
  z.strictObject({
    channel: z.enum(['list', 'individual_registration', 'central_tracing_agency', 'other']),
    reference: knownShort,
  }),
);

/** An ICRC visit saw the person; whether a private interview was held. */
export const custodyIcrcVisited = defineEventType(
  'custody.icrc_visited',
  z.strictObject({ privateInterviewHeld: knownBoolean, icrcRegistrationRef: knownShort }),
);

/**
 * A capture card (POW, GC III 70) or internment card (GC IV 106) was made available, or
 * the internee chose not to fill it in (the 1958 commentary leaves that to the internee).
 */
export const custodyCardIssued = defineEventType(
  'custody.card_issued',
  z.strictObject({
    kind: z.enum(['capture_card', 'internment_card']),
    trigger: z.enum(['capture', 'arrival', 'sickness', 'hospital', 'transfer']),
    outcome: z.enum(['sent', 'detainee_declined']),
    sentTo: known(z.array(z.enum(['family', 'central_agency'])).min(1).max(2)),
  }),
);

/** The national Information Bureau was notified (GC III 122, GC IV 136–137). */
export const custodyBureauNotified = defineEventType(
  'custody.bureau_notified',
  z.strictObject({
    trigger: z.enum(NOTIFICATION_TRIGGERS),
    bureau: shortText,
    reference: knownShort,
    forwardedToCentralAgencyAt: knownInstant,
  }),
);
