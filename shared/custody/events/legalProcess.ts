/**
 * Judicial and administrative process: lawyer, judge, hearings, internment decisions and
 * reviews, charges, interrogation records.
 */
import { z } from 'zod';
import { defineEventType } from '../../ledger/registry';
import { known } from '../known';
import { knownBoolean, knownInstant, knownLong, knownShort, longText, reasonText, shortText } from './common';

/** Access to a lawyer (SMR 8(a); GC35 §58). */
export const custodyLawyerContacted = defineEventType(
  'custody.lawyer_contacted',
  z.strictObject({
    kind: z.enum(['first_access', 'consultation', 'legal_aid_assigned']),
    lawyer: knownShort,
    legalAid: knownBoolean,
  }),
);

/**
 * First appearance before a judge or other authority (BoP 12(1)(b), ICCPR 9(3)). GC35 §34
 * requires physical presence, so it is recorded and the 48-hour rule looks for it.
 */
export const custodyBroughtBeforeJudge = defineEventType(
  'custody.brought_before_judge',
  z.strictObject({
    authority: shortText,
    authorityKind: z.enum(['judge', 'other_authority']),
    physicallyPresent: knownBoolean,
    outcome: known(z.enum(['detention_continued', 'released', 'bail', 'other'])),
    reference: knownShort,
  }),
);

/** A later hearing and its outcome (SMR 8(a); habeas corpus, CED 17(2)(f)). */
export const custodyHearingHeld = defineEventType(
  'custody.hearing_held',
  z.strictObject({
    court: shortText,
    kind: z.enum(['remand_review', 'trial', 'habeas_corpus', 'appeal', 'other']),
    outcome: knownLong,
    lawyerPresent: knownBoolean,
    nextHearingAt: knownInstant,
  }),
);

/** An internment decision (GC IV 43, 78). */
export const custodyInternmentDecided = defineEventType(
  'custody.internment_decided',
  z.strictObject({ authority: shortText, grounds: reasonText, reference: knownShort }),
);

/** A review of internment: initial, periodic or on appeal (GC IV 43, 78). */
export const custodyInternmentReviewed = defineEventType(
  'custody.internment_reviewed',
  z.strictObject({
    body: shortText,
    kind: z.enum(['initial', 'periodic', 'appeal']),
    outcome: z.enum(['continued', 'release_ordered', 'other']),
    reference: knownShort,
  }),
);

/** A charge was brought, and when the person was told of it (BoP 10). */
export const custodyCharged = defineEventType(
  'custody.charged',
  z.strictObject({ offence: longText, authority: shortText, toldAt: knownInstant, reference: knownShort }),
);

/** An interrogation: its end, who conducted it and who else was present (BoP 23). */
export const custodyInterrogationRecorded = defineEventType(
  'custody.interrogation_recorded',
  z.strictObject({
    endedAt: knownInstant,
    officials: knownLong,
    othersPresent: knownLong,
    interpreterPresent: knownBoolean,
    lawyerPresent: knownBoolean,
    location: knownShort,
  }),
);
