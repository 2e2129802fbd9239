import type { AdmissionPayload } from '@shared/custody/events/admission';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import { metShare } from '@shared/sharing/aggregate';
import type { MonthRates, SafeguardAuditInput } from '@shared/oversight/safeguardRates';
import { addMonths, monthOf, monthsBetween, recentMonths, safeguardAudit, totalsOver } from '@shared/oversight/safeguardRates';
import { describe, expect, it } from 'vitest';
import { anAdmissionPayload } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from '../custody/samplePayloads';
import type { TestRegister } from './registers';
import { aRegister, recordsOf } from './registers';

const HOUR_MS = 3_600_000;
const NOW = new Date('2026-04-20T12:00:00Z');
const subject = (n: number) => `019ab9f0-0000-7000-8000-${String(n).padStart(12, '0')}`;

type Sections = { [K in keyof AdmissionPayload]?: Partial<AdmissionPayload[K]> };

let number = 100;
/** An admission at `at`, written at `recordedAt`, arrested at `arrestAt` (unknown when null). */
function admit(register: TestRegister, n: number, at: string, recordedAt: string, arrestAt: string | null = at, sections: Sections = {}) {
  number += 1;
  const arrest = { at: arrestAt === null ? { unknown: 'unknown' as const } : { value: arrestAt }, reasonsToldAt: { value: at } };
  const payload = anAdmissionPayload({ ...sections, admission: { at, place: 'North Prison' }, arrest });
  return register.add('custody.admitted', subject(n), at, recordedAt, { ...payload, registerNumber: { prefix: 'NP', number } });
}

function notifyFamily(register: TestRegister, n: number, at: string) {
  register.add('custody.family_notified', subject(n), at, at, SAMPLE_PAYLOADS['custody.family_notified']);
}

function audit(registers: readonly TestRegister[], overrides: Partial<SafeguardAuditInput> = {}) {
  const facilities = registers.map((register, index) => ({ ledger: register.ledger, timeZone: index === 0 ? 'Asia/Baghdad' : 'UTC' }));
  return safeguardAudit({ records: recordsOf(...registers), facilities, fromMonth: '2026-01', toMonth: '2026-04', now: NOW, ...overrides });
}

const monthOfAudit = (months: readonly MonthRates[], month: string) => {
  const found = months.find((candidate) => candidate.month === month);
  if (found === undefined) throw new Error(`no month ${month}`);
  return found;
};
const tallyOf = (month: MonthRates, ruleId: SafeguardRuleId) => month.safeguards.find((tally) => tally.ruleId === ruleId);

describe('months', () => {
  it('counts months across a year end, inclusive, and none when reversed or malformed', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
    expect(monthsBetween('2026-13', '2026-14')).toEqual([]);
    expect(recentMonths(3, NOW.getTime(), 'UTC')).toEqual({ fromMonth: '2026-02', toMonth: '2026-04' });
  });

  it('reads the month on the facility wall clock', () => {
    const instant = Date.parse('2026-02-28T22:30:00Z');
    expect(monthOf(instant, 'Asia/Baghdad')).toBe('2026-03');
    expect(monthOf(instant, 'UTC')).toBe('2026-02');
  });
});

describe('safeguard rates per facility and month', () => {
  it('counts a person in the month of admission where the facility is, not in UTC', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    const south = aRegister('b', 'SRC', 'South Remand Centre');
    // 01:30 on 1 March in Baghdad is still 28 February in UTC.
    admit(north, 1, '2026-03-01T01:30:00+03:00', '2026-03-01T02:00:00+03:00');
    admit(south, 2, '2026-03-01T01:30:00+03:00', '2026-03-01T02:00:00+03:00');
    const [northRates, southRates] = audit([north, south]).facilities;
    expect(monthOfAudit(northRates?.months ?? [], '2026-03').admitted).toBe(1);
    expect(monthOfAudit(northRates?.months ?? [], '2026-02').admitted).toBe(0);
    expect(monthOfAudit(southRates?.months ?? [], '2026-02').admitted).toBe(1);
    expect(monthOfAudit(southRates?.months ?? [], '2026-03').admitted).toBe(0);
  });

  it('gives no rate for a month when nobody was admitted, not 0 %', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00');
    const months = audit([north]).facilities[0]?.months ?? [];
    expect(months.map((month) => month.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    const january = monthOfAudit(months, '2026-01');
    expect(january.admitted).toBe(0);
    expect(january.safeguards.every((tally) => metShare(tally) === undefined)).toBe(true);
    expect(january.arrestToEntry.medianMs).toBeUndefined();
    const registration = tallyOf(monthOfAudit(months, '2026-03'), 'registration-delay');
    expect(registration && metShare(registration)).toBe(1);
  });

  it('tells met in time from met late, and leaves duties not yet due unassessed', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00');
    notifyFamily(north, 1, '2026-03-10T20:00:00+03:00');
    admit(north, 2, '2026-03-11T10:00:00+03:00', '2026-03-11T10:30:00+03:00');
    notifyFamily(north, 2, '2026-03-12T16:00:00+03:00');
    admit(north, 3, '2026-03-12T10:00:00+03:00', '2026-03-12T10:30:00+03:00');
    admit(north, 4, '2026-04-20T14:00:00+03:00', '2026-04-20T14:10:00+03:00');
    const result = audit([north]);
    const march = tallyOf(monthOfAudit(result.facilities[0]?.months ?? [], '2026-03'), 'family-notified');
    expect(march).toEqual({ ruleId: 'family-notified', met: 1, overdue: 2, unknown: 0, late: 1, due: 0 });
    expect(march && metShare(march)).toBeCloseTo(1 / 3);
    const april = tallyOf(monthOfAudit(result.facilities[0]?.months ?? [], '2026-04'), 'family-notified');
    expect(april).toMatchObject({ met: 0, overdue: 0, unknown: 0, due: 1 });
    expect(april && metShare(april)).toBeUndefined();
  });

  it('does not count people for whom a rule does not apply', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00', '2026-03-10T08:00:00+03:00', { status: { legalCategory: { value: 'pow' }, legalRegime: 'iac' } });
    const march = monthOfAudit(audit([north]).facilities[0]?.months ?? [], '2026-03');
    expect(march.admitted).toBe(1);
    const judge = tallyOf(march, 'judge-appearance');
    expect(judge).toMatchObject({ met: 0, overdue: 0, unknown: 0, due: 0 });
    expect(judge && metShare(judge)).toBeUndefined();
    expect(tallyOf(march, 'capture-card')?.overdue).toBe(1);
  });

  it('measures the median delay from arrest and from admission to the entry, arrests not known apart', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T11:00:00+03:00', '2026-03-10T08:00:00+03:00');
    admit(north, 2, '2026-03-11T10:00:00+03:00', '2026-03-11T12:00:00+03:00', '2026-03-10T10:00:00+03:00');
    admit(north, 3, '2026-03-12T10:00:00+03:00', '2026-03-12T13:00:00+03:00', null);
    const march = monthOfAudit(audit([north]).facilities[0]?.months ?? [], '2026-03');
    expect(march.arrestToEntry).toEqual({ known: 2, unknown: 1, medianMs: (3 + 26) / 2 * HOUR_MS });
    expect(march.admissionToEntry).toEqual({ known: 3, unknown: 0, medianMs: 2 * HOUR_MS });
  });

  it('counts solitary episodes over the limit in the month they began, running ones included', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-02-01T10:00:00+03:00', '2026-02-01T10:30:00+03:00');
    const long = north.add('custody.solitary_started', subject(1), '2026-02-03T10:00:00+03:00', '2026-02-03T10:00:00+03:00', SAMPLE_PAYLOADS['custody.solitary_started']);
    north.add('custody.solitary_ended', subject(1), '2026-02-23T10:00:00+03:00', '2026-02-23T10:00:00+03:00', { startEventId: long.id, authority: 'Director' });
    const short = north.add('custody.solitary_started', subject(1), '2026-03-01T10:00:00+03:00', '2026-03-01T10:00:00+03:00', SAMPLE_PAYLOADS['custody.solitary_started']);
    north.add('custody.solitary_ended', subject(1), '2026-03-05T10:00:00+03:00', '2026-03-05T10:00:00+03:00', { startEventId: short.id, authority: 'Director' });
    north.add('custody.solitary_started', subject(1), '2026-04-01T10:00:00+03:00', '2026-04-01T10:00:00+03:00', SAMPLE_PAYLOADS['custody.solitary_started']);
    const result = audit([north]);
    const months = result.facilities[0]?.months ?? [];
    expect(monthOfAudit(months, '2026-02').solitary).toEqual({ started: 1, overLimit: 1, ongoing: 0 });
    expect(monthOfAudit(months, '2026-03').solitary).toEqual({ started: 1, overLimit: 0, ongoing: 0 });
    expect(monthOfAudit(months, '2026-04').solitary).toEqual({ started: 1, overLimit: 1, ongoing: 1 });
    expect(result.breaches.find((breach) => breach.ruleId === 'solitary-duration')?.isOpen).toBe(true);
  });

  it('sums the months of a facility per rule', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-02-10T10:00:00+03:00', '2026-02-10T10:30:00+03:00');
    admit(north, 2, '2026-03-10T10:00:00+03:00', '2026-03-12T10:30:00+03:00');
    const totals = totalsOver(audit([north]).facilities[0]?.months ?? []);
    expect(totals.find((tally) => tally.ruleId === 'registration-delay')).toEqual({ ruleId: 'registration-delay', met: 1, overdue: 1, unknown: 0, late: 1, due: 0 });
  });
});

describe('breaches', () => {
  it('lists open breaches of people held first, then those done late or left when custody ended', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00');
    admit(north, 2, '2026-03-11T10:00:00+03:00', '2026-03-11T10:30:00+03:00');
    notifyFamily(north, 2, '2026-03-13T10:00:00+03:00');
    admit(north, 3, '2026-03-01T10:00:00+03:00', '2026-03-01T10:30:00+03:00');
    north.add('custody.released', subject(3), '2026-03-05T10:00:00+03:00', '2026-03-05T10:00:00+03:00', SAMPLE_PAYLOADS['custody.released']);
    const family = audit([north]).breaches.filter((breach) => breach.ruleId === 'family-notified');
    expect(family.map((breach) => [breach.recordId, breach.isOpen, breach.isHeld])).toEqual([
      [subject(1), true, true],
      [subject(3), false, false],
      [subject(2), false, true],
    ]);
    expect(family[2]?.doneMs).toBe(Date.parse('2026-03-13T10:00:00+03:00'));
    expect(family[0]?.dueMs).toBe(Date.parse('2026-03-11T10:00:00+03:00'));
  });

  it('keeps a death not reported open after custody ended', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00');
    north.add('custody.died', subject(1), '2026-03-15T10:00:00+03:00', '2026-03-15T10:00:00+03:00', {
      ...SAMPLE_PAYLOADS['custody.died'], nextOfKinInformedAt: { unknown: 'unknown' },
    });
    const breaches = audit([north]).breaches;
    expect(breaches.find((breach) => breach.ruleId === 'death-reporting')).toMatchObject({ isOpen: true, isHeld: false });
    expect(breaches.find((breach) => breach.ruleId === 'family-notified')).toMatchObject({ isOpen: false, isHeld: false });
  });

  it('ignores voided admissions and facilities not audited', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    const other = aRegister('c', 'OTH', 'Own Office');
    const mistaken = admit(north, 1, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00');
    north.add('custody.voided', subject(1), '2026-03-10T11:00:00+03:00', '2026-03-10T11:00:00+03:00', { targetEventId: mistaken.id, reason: 'Entered twice' });
    admit(other, 2, '2026-03-10T10:00:00+03:00', '2026-03-10T10:30:00+03:00');
    const facilities = [{ ledger: north.ledger, timeZone: 'UTC' }];
    const result = safeguardAudit({ records: recordsOf(north, other), facilities, fromMonth: '2026-03', toMonth: '2026-03', now: NOW });
    expect(result.breaches.filter((breach) => breach.recordId === subject(2))).toEqual([]);
    expect(result.facilities.map((facility) => facility.ledger)).toEqual([north.ledger]);
  });
});
