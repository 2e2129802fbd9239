/**
 * Events that end or move custody: transfer out and in, release, escape, death. Each must
 * say where the person went and who was responsible (CED 17(3)(h), 18(1)(d)–(g)).
 */
import { z } from 'zod';
import { defineEventType } from '../../ledger/registry';
import { known } from '../known';
import { eventIdRef, instant, knownBoolean, knownInstant, knownLong, knownShort, longText, shortText } from './common';

/** Outcome of a pre-transfer risk assessment (non-refoulement, GC III 12, GC IV 45). */
export const RISK_ASSESSMENT_OUTCOMES = ['no_substantial_risk', 'risk_mitigated', 'substantial_risk'] as const;

const riskAssessmentSchema = z.strictObject({
  outcome: z.enum(RISK_ASSESSMENT_OUTCOMES),
  receiverWillingAndAble: knownBoolean,
  assurances: knownLong,
  monitoring: knownLong,
  reference: knownShort,
});

/** The person left for another place. */
export const custodyTransferredOut = defineEventType(
  'custody.transferred_out',
  z.strictObject({
    destination: shortText,
    responsibleAuthority: shortText,
    receivingAuthority: shortText,
    riskAssessment: known(riskAssessmentSchema),
    familyNotifiedAt: knownInstant,
    fileSent: knownBoolean,
    medicalFileSent: knownBoolean,
  }),
);

/**
 * The person arrived from another place (or came back from a transfer). Names the origin
 * so an adviser can match departures with arrivals across facilities.
 */
export const custodyTransferredIn = defineEventType(
  'custody.transferred_in',
  z.strictObject({
    fromPlace: shortText,
    sendingAuthority: shortText,
    originRegisterNumber: knownShort,
    originRecordId: known(eventIdRef),
    fileReceived: knownBoolean,
    medicalFileReceived: knownBoolean,
  }),
);

/** How property was returned on release (GC IV 97). */
export const PROPERTY_RETURN_OUTCOMES = ['all_returned', 'retained_with_certificate', 'nothing_held'] as const;

/** The person was released: to whom, property returned, copy of the record handed (SMR 9). */
export const custodyReleased = defineEventType(
  'custody.released',
  z.strictObject({
    orderingAuthority: knownShort,
    releasedTo: knownShort,
    place: knownShort,
    propertyReturned: known(z.enum(PROPERTY_RETURN_OUTCOMES)),
    documentsReturned: knownBoolean,
    recordCopyHanded: knownBoolean,
    familyInformedAt: knownInstant,
  }),
);

/** The person escaped or disappeared; report to an independent authority (SMR 71(1)). */
export const custodyEscaped = defineEventType(
  'custody.escaped',
  z.strictObject({ circumstances: knownLong, reportedTo: knownShort, reportedAt: knownInstant }),
);

const bodyExaminationSchema = z.strictObject({
  kind: z.enum(['medical_examination', 'autopsy']),
  at: instant,
  by: shortText,
});

/** The person died in custody (CED 17(3)(g), SMR 8(f), 69, 71; GC III 120). */
export const custodyDied = defineEventType(
  'custody.died',
  z.strictObject({
    place: shortText,
    circumstances: longText,
    cause: knownLong,
    bodyExamination: known(bodyExaminationSchema),
    deathCertificateRef: knownShort,
    remainsDestination: knownLong,
    burial: known(z.strictObject({ place: shortText, date: knownInstant, graveIdentification: knownShort })),
    nextOfKinInformedAt: knownInstant,
    judicialAuthorityReportedAt: knownInstant,
    judicialReference: knownShort,
  }),
);
