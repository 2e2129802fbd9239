/**
 * Which payload members the projection keeps per event type. Only what status, location,
 * safeguards and the register list read is kept in memory; everything else stays in the
 * ledger pages. A correction of a kept member updates the kept copy.
 */
import type { JsonObject, JsonValue } from '../../crypto/canonicalJson';
import type { CustodyEventType } from '../eventTypes';

/** Kept top-level payload members per event type (admission and audit types are handled apart). */
export const FACT_KEYS: Readonly<Partial<Record<CustodyEventType, readonly string[]>>> = {
  'custody.medical_examined': ['context', 'outcome'],
  'custody.family_notified': ['outcome', 'trigger'],
  'custody.consul_informed': ['outcome'],
  'custody.icrc_visited': ['privateInterviewHeld'],
  'custody.card_issued': ['kind', 'trigger', 'outcome'],
  'custody.bureau_notified': ['trigger'],
  'custody.lawyer_contacted': ['kind'],
  'custody.brought_before_judge': ['physicallyPresent', 'authorityKind'],
  'custody.hearing_held': ['kind'],
  'custody.internment_reviewed': ['kind', 'outcome'],
  'custody.charged': ['toldAt'],
  'custody.interrogation_recorded': ['endedAt'],
  'custody.discipline_imposed': ['restrictsFamilyContact', 'endsAt'],
  'custody.solitary_started': ['kind'],
  'custody.solitary_ended': ['startEventId'],
  'custody.restraint_used': ['endedAt'],
  'custody.complaint_recorded': ['kind', 'referredAt'],
  'custody.injury_recorded': ['reportedAt'],
  'custody.hospital_admitted': ['facility'],
  'custody.hospital_returned': ['hospitalEventId'],
  'custody.visit_received': ['visitorCategory'],
  'custody.correspondence_recorded': ['direction', 'count'],
  'custody.placement_changed': ['placement', 'separation'],
  'custody.transferred_out': ['destination', 'receivingAuthority', 'familyNotifiedAt', 'riskAssessment', 'fileSent'],
  'custody.transferred_in': ['fromPlace', 'originRecordId', 'originRegisterNumber'],
  'custody.released': ['releasedTo', 'familyInformedAt', 'recordCopyHanded', 'propertyReturned'],
  'custody.escaped': ['reportedAt'],
  'custody.died': ['nextOfKinInformedAt', 'judicialAuthorityReportedAt'],
};

const NO_FACTS: Readonly<Record<string, JsonValue>> = Object.freeze({});

/** The kept members of a payload. */
export function factsOf(type: CustodyEventType, payload: JsonObject): Readonly<Record<string, JsonValue>> {
  const keys = FACT_KEYS[type];
  if (keys === undefined) return NO_FACTS;
  const facts: Record<string, JsonValue> = {};
  for (const key of keys) {
    const value = payload[key];
    if (value !== undefined) facts[key] = value;
  }
  return facts;
}
