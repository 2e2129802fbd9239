/**
 * Register records for the register list's tests: real hash-chained admissions (and a
 * release, a void) projected by the custody reducer, with names in both scripts.
 */
import type { LegalCategory } from '@shared/custody/events/common';
import { custodyRecords } from '@shared/custody/custodyProjection';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { aCustodyDraft, aCustodyScenario, anAdmissionDraft, SUPERVISOR } from '../../../../builders/custody';
import type { CustodyScenario } from '../../../../builders/custody';
import { SAMPLE_PAYLOADS } from '../../../shared/custody/samplePayloads';

/** One person to admit. Names left out are recorded as unknown. */
export type PersonSpec = {
  readonly number: number;
  readonly given?: string;
  readonly family?: string;
  readonly givenLatin?: string;
  readonly familyLatin?: string;
  readonly category?: LegalCategory;
  /** ISO 8601 with offset. */
  readonly admittedAt: string;
  readonly document?: string;
  readonly placement?: string;
  readonly releasedAt?: string;
  readonly isVoided?: boolean;
};

export function subjectOf(number: number): string {
  return `019ab9f0-0000-7000-8000-${String(number).padStart(12, '0')}`;
}

const known = (value: string | undefined) => (value === undefined ? { unknown: 'unknown' as const } : { value });

function admit(scenario: CustodyScenario, person: PersonSpec): void {
  const subject = subjectOf(person.number);
  const admission = scenario.append(
    anAdmissionDraft(
      {
        registerNumber: { prefix: 'CRP', number: person.number },
        identity: {
          givenNames: known(person.given),
          familyName: known(person.family),
          givenNamesLatin: known(person.givenLatin),
          familyNameLatin: known(person.familyLatin),
          aliases: { value: [] },
          documents: person.document === undefined ? { value: [] } : { value: [{ kind: 'Passport', number: { value: person.document }, heldBy: 'facility', receiptNumber: { value: `R-${String(person.number)}` } }] },
        },
        status: { legalCategory: person.category === undefined ? { unknown: 'unknown' } : { value: person.category }, legalRegime: 'criminal' },
        arrest: { at: { value: person.admittedAt }, reasonsToldAt: { value: person.admittedAt } },
        admission: { at: person.admittedAt, ...(person.placement === undefined ? {} : { placement: { value: person.placement } }) },
      },
      subject,
    ),
  );
  if (person.releasedAt !== undefined) scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], person.releasedAt, subject));
  if (person.isVoided === true) {
    const voided = scenario.append(aCustodyDraft('custody.voided', { targetEventId: admission.id, reason: 'Entered twice' }, person.admittedAt, subject));
    scenario.append(aCustodyDraft('custody.confirmed', { targetEventId: voided.id }, person.admittedAt, subject), SUPERVISOR);
  }
}

/** The records of these people, in the projection's own (unsorted) order. */
export function recordsFor(people: readonly PersonSpec[]): CustodyRecord[] {
  const scenario = aCustodyScenario('register-list');
  for (const person of people) admit(scenario, person);
  return [...custodyRecords(scenario.state())];
}

/** A small register: Arabic-only, Latin-only and two-script names, several categories, a release and a void. */
export const PEOPLE: readonly PersonSpec[] = [
  { number: 1, given: 'محمد', family: 'الحسن', admittedAt: '2026-11-01T10:00:00+03:00', category: 'criminal_remand', placement: 'Block A' },
  { number: 2, given: 'Karim', family: 'Benali', admittedAt: '2026-11-02T23:30:00+03:00', category: 'convicted', document: 'P0099887' },
  { number: 3, given: 'حسين', family: 'عبد العزيز', givenLatin: 'Hussein', familyLatin: 'Abdelaziz', admittedAt: '2026-11-03T09:00:00+03:00', category: 'criminal_remand', placement: 'Block C' },
  { number: 4, given: 'فاطمة', family: 'الزهراء', givenLatin: 'Fatima', familyLatin: 'Zahra', admittedAt: '2026-11-04T09:00:00+03:00', releasedAt: '2026-11-10T12:00:00+03:00' },
  { number: 5, given: 'Youssef', family: 'Haddad', admittedAt: '2026-11-05T09:00:00+03:00', isVoided: true },
  { number: 6, given: 'Muhammad', family: 'Traoré', admittedAt: '2026-11-06T09:00:00+03:00', category: 'convicted' },
];
