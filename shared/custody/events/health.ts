/**
 * Health events after admission. Their findings are medical data: only health staff read
 * them (domain.md §1.2 design notes; see medicalVisibility.ts), others see that an
 * examination took place and when.
 */
import { z } from 'zod';
import { defineEventType } from '../../ledger/registry';
import { known } from '../known';
import { eventIdRef, findingSchema, instant, knownInstant, knownLong, knownShort, shortText } from './common';

/** Why an examination took place. */
export const EXAMINATION_CONTEXTS = [
  'admission',
  'periodic',
  'on_request',
  'second_opinion',
  'after_incident',
  'solitary_daily',
  'before_transfer',
  'release',
] as const;

/** A medical examination was offered: held, or refused by the detainee (BoP 24, 25). */
export const custodyMedicalExamined = defineEventType(
  'custody.medical_examined',
  z.strictObject({
    context: z.enum(EXAMINATION_CONTEXTS),
    outcome: z.enum(['examined', 'refused']),
    examiner: knownShort,
    findings: knownLong,
    injuries: known(findingSchema),
    referredTo: knownShort,
    tortureSignsReferral: known(z.strictObject({ at: instant, authority: shortText, reference: knownShort })),
  }),
);

/** An injury during custody: circumstances and cause (SMR 8(f)), and whom it was reported to. */
export const custodyInjuryRecorded = defineEventType(
  'custody.injury_recorded',
  z.strictObject({
    circumstances: knownLong,
    cause: knownLong,
    reportedTo: knownShort,
    reportedAt: knownInstant,
  }),
);

/** The person was taken to hospital (GC III 122, GC IV 136, SMR 27(1)). */
export const custodyHospitalAdmitted = defineEventType(
  'custody.hospital_admitted',
  z.strictObject({ facility: shortText, reason: knownLong, escortingAuthority: knownShort }),
);

/** The person came back from hospital; names the hospital admission it ends. */
export const custodyHospitalReturned = defineEventType(
  'custody.hospital_returned',
  z.strictObject({ hospitalEventId: eventIdRef, notes: knownLong }),
);
