/**
 * A valid payload of every later event type, for schema, projection, validation and
 * safeguard tests. Times fall on 26 Nov 2026, after the default admission (builders/custody).
 */
import type { CustodyEventType, CustodyPayloads } from '@shared/custody/eventTypes';

const K = { unknown: 'unknown' } as const;
const NA = { unknown: 'not_applicable' } as const;
const AT = '2026-11-26T12:00:00+03:00';

type SampledType = Exclude<
  CustodyEventType,
  | 'custody.admitted'
  | 'custody.corrected'
  | 'custody.voided'
  | 'custody.confirmed'
  | 'custody.solitary_ended'
  | 'custody.hospital_returned'
>;

/** A valid payload of every event type except the admission and the types that name other events. */
export const SAMPLE_PAYLOADS: { [T in SampledType]: CustodyPayloads[T] } = {
  'custody.medical_examined': {
    context: 'admission',
    outcome: 'examined',
    examiner: { value: 'Dr. Haddad' },
    findings: { value: 'No findings' },
    injuries: { value: { present: false } },
    referredTo: NA,
    tortureSignsReferral: NA,
  },
  'custody.family_notified': {
    outcome: 'notified',
    trigger: 'admission',
    person: { value: 'Hassan Al-Ali' },
    relationship: { value: 'brother' },
    channel: { value: 'phone' },
    notifiedBy: { value: 'Registrar One' },
  },
  'custody.consul_informed': {
    outcome: 'consulate_informed',
    consularPost: { value: 'Consulate' },
    channel: { value: 'phone' },
  },
  'custody.icrc_notified': { channel: 'list', reference: K },
  'custody.icrc_visited': { privateInterviewHeld: { value: true }, icrcRegistrationRef: K },
  'custody.card_issued': {
    kind: 'capture_card',
    trigger: 'arrival',
    outcome: 'sent',
    sentTo: { value: ['family', 'central_agency'] },
  },
  'custody.bureau_notified': {
    trigger: 'admission',
    bureau: 'National Information Bureau',
    reference: K,
    forwardedToCentralAgencyAt: K,
  },
  'custody.lawyer_contacted': {
    kind: 'first_access',
    lawyer: { value: 'Maître Bouzid' },
    legalAid: { value: false },
  },
  'custody.brought_before_judge': {
    authority: 'Investigating judge',
    authorityKind: 'judge',
    physicallyPresent: { value: true },
    outcome: { value: 'detention_continued' },
    reference: K,
  },
  'custody.hearing_held': {
    court: 'North District court',
    kind: 'remand_review',
    outcome: { value: 'Remand extended' },
    lawyerPresent: { value: true },
    nextHearingAt: K,
  },
  'custody.internment_decided': {
    authority: 'Review board',
    grounds: 'Imperative reasons of security',
    reference: K,
  },
  'custody.internment_reviewed': {
    body: 'Review board',
    kind: 'periodic',
    outcome: 'continued',
    reference: K,
  },
  'custody.charged': {
    offence: 'Theft',
    authority: 'Public prosecutor',
    toldAt: { value: AT },
    reference: K,
  },
  'custody.interrogation_recorded': {
    endedAt: { value: '2026-11-26T13:00:00+03:00' },
    officials: { value: 'Two officers' },
    othersPresent: NA,
    interpreterPresent: { value: false },
    lawyerPresent: { value: false },
    location: { value: 'Room 2' },
  },
  'custody.discipline_imposed': {
    allegedOffence: 'Fight',
    hearingAt: { value: AT },
    sanction: 'Loss of privileges',
    authority: 'Director',
    endsAt: { value: '2026-11-30T12:00:00+03:00' },
    restrictsFamilyContact: false,
  },
  'custody.solitary_started': { kind: 'disciplinary', authority: 'Director', reason: 'Fight in the yard' },
  'custody.restraint_used': {
    kind: 'Handcuffs',
    reason: 'Transport to court',
    authoriser: 'Duty officer',
    endedAt: { value: '2026-11-26T14:00:00+03:00' },
  },
  'custody.complaint_recorded': {
    kind: 'ill_treatment_allegation',
    summary: { value: 'Alleges beating' },
    isConfidential: true,
    referredTo: { value: 'Prosecutor' },
    referredAt: { value: '2026-11-26T13:00:00+03:00' },
    reference: K,
    response: K,
  },
  'custody.injury_recorded': {
    circumstances: { value: 'Fell in the yard' },
    cause: { value: 'Accident' },
    reportedTo: { value: 'Director' },
    reportedAt: { value: '2026-11-26T13:00:00+03:00' },
  },
  'custody.hospital_admitted': {
    facility: 'Central Hospital',
    reason: { value: 'Fever' },
    escortingAuthority: { value: 'Escort' },
  },
  'custody.visit_received': {
    visitorCategory: 'family',
    visitors: { value: 'Brother' },
    durationMinutes: { value: 30 },
  },
  'custody.correspondence_recorded': { direction: 'received', kind: 'letter', count: 2 },
  'custody.placement_changed': {
    placement: 'Block J, cell 1',
    separation: { value: { quarters: 'men', ageGroup: 'juvenile', statusGroup: 'untried' } },
    reason: { value: 'Age verified' },
  },
  'custody.transferred_out': {
    destination: 'Southern Remand Centre',
    responsibleAuthority: 'Prisons Directorate',
    receivingAuthority: 'Southern Remand Centre',
    riskAssessment: { value: { outcome: 'no_substantial_risk', receiverWillingAndAble: { value: true }, assurances: NA, monitoring: K, reference: K } },
    familyNotifiedAt: { value: '2026-11-26T13:00:00+03:00' },
    fileSent: { value: true },
    medicalFileSent: { value: true },
  },
  'custody.transferred_in': {
    fromPlace: 'North District police station',
    sendingAuthority: 'Police',
    originRegisterNumber: K,
    originRecordId: K,
    fileReceived: { value: true },
    medicalFileReceived: { value: false },
  },
  'custody.released': {
    orderingAuthority: { value: 'Investigating judge' },
    releasedTo: { value: 'Family' },
    place: { value: 'Gate' },
    propertyReturned: { value: 'all_returned' },
    documentsReturned: { value: true },
    recordCopyHanded: { value: true },
    familyInformedAt: { value: AT },
  },
  'custody.escaped': {
    circumstances: K,
    reportedTo: { value: 'Police' },
    reportedAt: { value: '2026-11-26T13:00:00+03:00' },
  },
  'custody.died': {
    place: 'Infirmary',
    circumstances: 'Found unresponsive',
    cause: K,
    bodyExamination: { value: { kind: 'autopsy', at: '2026-11-26T18:00:00+03:00', by: 'Forensic institute' } },
    deathCertificateRef: K,
    remainsDestination: { value: 'Family' },
    burial: K,
    nextOfKinInformedAt: { value: '2026-11-26T13:00:00+03:00' },
    judicialAuthorityReportedAt: { value: '2026-11-26T14:00:00+03:00' },
    judicialReference: K,
  },
};
