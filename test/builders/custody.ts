/**
 * Custody builders for tests: a complete, valid admission payload (overrides per section),
 * drafts of later events, and a scenario that appends real hash-chained events by two
 * users and projects them. Deterministic: seeded ids, a stepping clock.
 */
import type { LedgerHead } from '@shared/ledger/chain';
import { append, headOf } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { Author, EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import { mergeEventRegistries } from '@shared/ledger/registry';
import type { CustodyState } from '@shared/custody/custodyProjection';
import { applyCustodyEvents, initialCustodyState, recordOf } from '@shared/custody/custodyProjection';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import { custodyEventRegistry } from '@shared/custody/eventTypes';
import type { CustodyEventType, CustodyPayloads } from '@shared/custody/eventTypes';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { SyntheticFacility } from '@shared/custody/synthetic/generateFacility';
import type { TestLedger } from './ledger';
import { aLedger } from './ledger';

/** The registry a custody ledger validates against. */
export const CUSTODY_TEST_REGISTRY = mergeEventRegistries(coreEventRegistry, custodyEventRegistry);
/** The registrar who writes most test events. */
export const REGISTRAR: Author = { id: 'user-registrar', name: 'Registrar One' };
/** A second user, who confirms voids and identity corrections. */
export const SUPERVISOR: Author = { id: 'user-supervisor', name: 'Supervisor Two' };
/** The admission time of the default payload: 07:00 UTC, an hour before the builder clock starts recording. */
export const ADMITTED_AT = '2026-11-26T10:00:00+03:00';
/** The arrest time of the default payload, 4 hours before admission. */
export const ARRESTED_AT = '2026-11-26T06:00:00+03:00';
/** The default subject (custody record id). */
export const RECORD_ID = '019ab9f0-0000-7000-8000-000000000001';

type Sections = { [K in keyof AdmissionPayload]?: Partial<AdmissionPayload[K]> };

/** The default admission: an adult man on remand under criminal law, every required field known. */
export const DEFAULT_ADMISSION: AdmissionPayload = {
  registerNumber: { prefix: 'CRP', number: 1 },
  identity: {
    familyName: { value: 'الحسن' },
    givenNames: { value: 'محمد' },
    familyNameLatin: { value: 'Al-Hassan' },
    givenNamesLatin: { value: 'Mohamed' },
    aliases: { value: ['Abu Ali'] },
    fatherFirstName: { value: 'علي' },
    motherName: { value: 'Fatima Yusuf' },
    sex: { value: 'male' },
    genderIdentity: { value: 'man' },
    dateOfBirth: { value: '1990-04-12' },
    estimatedAgeYears: { unknown: 'not_applicable' },
    placeOfBirth: { value: 'Al-Qasr' },
    nationality: { value: ['National'] },
    isForeignNational: { value: false },
    lastResidence: { value: 'North District' },
    languages: { value: ['Arabic'] },
    interpreterNeeded: { value: false },
    distinguishingMarks: { value: 'Scar on left hand' },
    documents: { value: [{ kind: 'National ID card', number: { value: 'ID0012345678' }, heldBy: 'facility', receiptNumber: { value: 'R-1' } }] },
    militaryRank: { unknown: 'not_applicable' },
    serviceNumber: { unknown: 'not_applicable' },
    powerDependedOn: { unknown: 'not_applicable' },
  },
  status: { legalCategory: { value: 'criminal_remand' }, legalRegime: 'criminal' },
  arrest: {
    at: { value: ARRESTED_AT },
    place: { value: 'Checkpoint 4' },
    authority: { value: 'Police, Criminal Investigation Department' },
    unit: { value: 'Unit 12' },
    officials: { value: 'Officer on duty (badge 4411)' },
    partnerForce: { unknown: 'not_applicable' },
    reasons: { value: 'Suspected of theft' },
    reasonsToldAt: { value: ARRESTED_AT },
  },
  legalBasis: {
    orderingAuthority: { value: 'Public prosecutor' },
    grounds: { value: 'Criminal procedure code, art. 110' },
    orderReference: { value: 'CO-1' },
    orderDate: { value: '2026-11-26' },
    supervisingAuthority: { value: 'Ministry of Justice' },
  },
  admission: {
    at: ADMITTED_AT,
    place: 'Central Remand Prison',
    responsibleAuthority: 'Ministry of Justice, Prisons Directorate',
    escortingAuthority: { value: 'Police escort' },
    placeOfOrigin: { value: 'North District police station' },
    rightsInformation: { value: { at: ADMITTED_AT, language: 'Arabic', format: 'oral and leaflet' } },
    placement: { value: 'Block A, cell 4' },
    separation: { value: { quarters: 'men', ageGroup: 'adult', statusGroup: 'untried' } },
  },
  health: {
    examination: { unknown: 'unknown' },
    visibleInjuries: { value: { present: false } },
    priorIllTreatment: { value: { present: false } },
    conditions: { value: 'None reported' },
    dependence: { unknown: 'unknown' },
    vulnerabilities: { value: [] },
    reproductiveHealth: { unknown: 'not_applicable' },
    tortureReferral: { unknown: 'not_applicable' },
  },
  property: {
    inventory: { value: [{ description: 'Mobile phone', quantity: 1 }] },
    receiptNumber: { value: 'P-1' },
    storageLocation: { value: 'Property room' },
  },
  family: {
    members: { value: [{ name: 'Hassan Al-Ali', relationship: 'brother' }] },
    children: { value: [] },
    nextOfKin: { value: { name: 'Hassan Al-Ali', relationship: { value: 'brother' }, address: { value: 'North District' }, phone: { unknown: 'unknown' } } },
    personToInform: { unknown: 'not_applicable' },
    correspondenceAddress: { value: 'North District' },
    consentToNotify: { value: true },
    doNotNotify: { unknown: 'not_applicable' },
    healthInfoRecipients: { unknown: 'unknown' },
  },
};

/** A complete, valid admission payload (DEFAULT_ADMISSION), with members of its sections overridden. */
export function anAdmissionPayload(overrides: Sections = {}): AdmissionPayload {
  const merged = { ...DEFAULT_ADMISSION } as Record<string, unknown>;
  for (const [section, values] of Object.entries(overrides)) {
    const current = merged[section];
    merged[section] = typeof current === 'object' && current !== null ? { ...current, ...values } : values;
  }
  return merged as AdmissionPayload;
}

/** An admission draft. */
export function anAdmissionDraft(overrides: Sections = {}, subject = RECORD_ID): EventDraft {
  const payload = anAdmissionPayload(overrides);
  return { type: 'custody.admitted', subject, occurredAt: payload.admission.at, payload };
}

/** A draft of a later event about the default record. */
export function aCustodyDraft<T extends CustodyEventType>(
  type: T,
  payload: CustodyPayloads[T],
  occurredAt: string,
  subject = RECORD_ID,
): EventDraft {
  return { type, subject, occurredAt, payload: payload };
}

/** A custody ledger with its events so far, appending as the registrar unless told otherwise. */
export type CustodyScenario = {
  readonly ledger: TestLedger;
  readonly events: LedgerEvent[];
  /** Appends a draft (validated against the merged registry) and returns the event. */
  append(draft: EventDraft, author?: Author): LedgerEvent;
  /** The projection over every event appended so far. */
  state(): CustodyState;
  /** The record of a subject (the default one unless given). */
  record(subject?: string): CustodyRecord;
};

/** A scenario on a fresh deterministic ledger. */
export function aCustodyScenario(seed = 'custody-a'): CustodyScenario {
  const ledger = aLedger({ seed, author: REGISTRAR });
  const events: LedgerEvent[] = [];
  let head: LedgerHead = null;
  const state = () => applyCustodyEvents(initialCustodyState(), events);
  return {
    ledger,
    events,
    append(draft, author = REGISTRAR) {
      const event = append(head, draft, { ...ledger.ctx, author, registry: CUSTODY_TEST_REGISTRY });
      head = headOf(event);
      events.push(event);
      return event;
    },
    state,
    record(subject = RECORD_ID) {
      const record = recordOf(state(), subject);
      if (record === undefined) throw new Error(`no record ${subject}`);
      return record;
    },
  };
}

/** Ledger events of a synthetic facility without hashing (for projection and safeguard tests at scale). */
export function unhashedSyntheticEvents(facility: SyntheticFacility, ledger = 'a'.repeat(64)): LedgerEvent[] {
  return facility.drafts.map(({ id, draft, role, recordedMs }, index) => ({
    id,
    ledger,
    seq: index + 1,
    type: draft.type,
    subject: draft.subject,
    occurredAt: draft.occurredAt,
    recordedAt: new Date(recordedMs).toISOString(),
    author: { id: `user-${role}`, name: role },
    payload: draft.payload as LedgerEvent['payload'],
    prev: index === 0 ? '' : 'f'.repeat(64),
    hash: 'f'.repeat(64),
  }));
}
