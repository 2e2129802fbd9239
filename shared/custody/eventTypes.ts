/**
 * The custody event types (issue P3 items 1–2) and their registry, to merge with the core
 * one: `mergeEventRegistries(coreEventRegistry, custodyEventRegistry)`. Every event's
 * subject is the custody record's id (the subject of its `custody.admitted`).
 */
import type { PayloadOf } from '../ledger/registry';
import { createEventRegistry } from '../ledger/registry';
import { custodyAdmitted } from './events/admission';
import { custodyConfirmed, custodyCorrected, custodyVoided } from './events/audit';
import {
  custodyHospitalAdmitted,
  custodyHospitalReturned,
  custodyInjuryRecorded,
  custodyMedicalExamined,
} from './events/health';
import {
  custodyBroughtBeforeJudge,
  custodyCharged,
  custodyHearingHeld,
  custodyInternmentDecided,
  custodyInternmentReviewed,
  custodyInterrogationRecorded,
  custodyLawyerContacted,
} from './events/legalProcess';
import { custodyDied, custodyEscaped, custodyReleased, custodyTransferredIn, custodyTransferredOut } from './events/movement';
import {
  custodyBureauNotified,
  custodyCardIssued,
  custodyConsulInformed,
  custodyFamilyNotified,
  custodyIcrcNotified,
  custodyIcrcVisited,
} from './events/notifications';
import {
  custodyComplaintRecorded,
  custodyCorrespondenceRecorded,
  custodyDisciplineImposed,
  custodyPlacementChanged,
  custodyRestraintUsed,
  custodySolitaryEnded,
  custodySolitaryStarted,
  custodyVisitReceived,
} from './events/regime';

/** Every custody event type definition. */
export const CUSTODY_EVENT_TYPES = [
  custodyAdmitted,
  custodyMedicalExamined,
  custodyFamilyNotified,
  custodyConsulInformed,
  custodyIcrcNotified,
  custodyIcrcVisited,
  custodyCardIssued,
  custodyBureauNotified,
  custodyLawyerContacted,
  custodyBroughtBeforeJudge,
  custodyHearingHeld,
  custodyInternmentDecided,
  custodyInternmentReviewed,
  custodyCharged,
  custodyInterrogationRecorded,
  custodyDisciplineImposed,
  custodySolitaryStarted,
  custodySolitaryEnded,
  custodyRestraintUsed,
  custodyComplaintRecorded,
  custodyInjuryRecorded,
  custodyHospitalAdmitted,
  custodyHospitalReturned,
  custodyVisitReceived,
  custodyCorrespondenceRecorded,
  custodyPlacementChanged,
  custodyTransferredOut,
  custodyTransferredIn,
  custodyReleased,
  custodyEscaped,
  custodyDied,
  custodyCorrected,
  custodyVoided,
  custodyConfirmed,
] as const;

/** A registry of the custody event types. */
export const custodyEventRegistry = createEventRegistry(CUSTODY_EVENT_TYPES);

/** The name of a custody event type. */
export type CustodyEventType = (typeof CUSTODY_EVENT_TYPES)[number]['type'];

/** Payload types of the custody event types, by type name. */
export type CustodyPayloads = {
  [D in (typeof CUSTODY_EVENT_TYPES)[number] as D['type']]: PayloadOf<D>;
};

/** The names of every custody event type. */
export const CUSTODY_EVENT_TYPE_NAMES: readonly CustodyEventType[] = CUSTODY_EVENT_TYPES.map((d) => d.type);

const TYPE_NAMES: ReadonlyMap<string, CustodyEventType> = new Map(CUSTODY_EVENT_TYPE_NAMES.map((name) => [name, name]));

/** Whether a type name is a custody event type. */
export function isCustodyEventType(type: string): type is CustodyEventType {
  return TYPE_NAMES.has(type);
}

/**
 * The shared constant for a custody type name, or undefined for other types. Kept
 * projections hold this one string instead of a copy per parsed event.
 */
export function canonicalCustodyType(type: string): CustodyEventType | undefined {
  return TYPE_NAMES.get(type);
}

/** Event types that only audit others: they are never themselves corrected. */
export const AUDIT_EVENT_TYPES = ['custody.corrected', 'custody.voided', 'custody.confirmed'] as const;

/** Event types that change where the person is or whether they are held. */
export const MOVEMENT_EVENT_TYPES = [
  'custody.hospital_admitted',
  'custody.hospital_returned',
  'custody.transferred_out',
  'custody.transferred_in',
  'custody.released',
  'custody.escaped',
  'custody.died',
] as const satisfies readonly CustodyEventType[];
