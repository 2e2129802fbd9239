import type { PopulationPeriod } from '@shared/custody/population';
import { dayIndexOf, populationStats, summariseStays } from '@shared/custody/population';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { describe, expect, it } from 'vitest';
import { aCustodyDraft, aCustodyScenario, anAdmissionDraft, SUPERVISOR } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const subject = (n: number) => `019ab9f0-0000-7000-8000-${String(n).padStart(12, '0')}`;

/** 25–28 November 2026, UTC days. */
const PERIOD: PopulationPeriod = {
  days: ['2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28'].map((key) => ({ key, startMs: Date.parse(`${key}T00:00:00Z`) })),
  endMs: Date.parse('2026-11-29T00:00:00Z'),
};
const NOW_MS = PERIOD.endMs;

function admit(scenario: ReturnType<typeof aCustodyScenario>, n: number, overrides: Parameters<typeof anAdmissionDraft>[0] = {}) {
  return scenario.append(anAdmissionDraft({ registerNumber: { prefix: 'CRP', number: n }, ...overrides }, subject(n)));
}

/**
 * A small register: 1 still held; 2 released on the 27th; 3 transferred out on the 27th
 * and back on the 28th; 4 admitted by mistake and voided; 5 admitted on the 20th, died on
 * the 28th; 6 a girl with no legal category, in hospital.
 */
function aRegister(): readonly CustodyRecord[] {
  const scenario = aCustodyScenario('population');
  for (const n of [1, 2, 3]) admit(scenario, n);
  scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-27T10:00:00+03:00', subject(2)));
  scenario.append(aCustodyDraft('custody.transferred_out', SAMPLE_PAYLOADS['custody.transferred_out'], '2026-11-27T12:00:00+03:00', subject(3)));
  scenario.append(aCustodyDraft('custody.transferred_in', SAMPLE_PAYLOADS['custody.transferred_in'], '2026-11-28T12:00:00+03:00', subject(3)));
  const mistaken = admit(scenario, 4);
  const voiding = scenario.append(aCustodyDraft('custody.voided', { targetEventId: mistaken.id, reason: 'Entered twice' }, '2026-11-26T11:00:00+03:00', subject(4)));
  scenario.append(aCustodyDraft('custody.confirmed', { targetEventId: voiding.id }, '2026-11-26T11:30:00+03:00', subject(4)), SUPERVISOR);
  const early = '2026-11-20T10:00:00+03:00';
  admit(scenario, 5, { admission: { at: early }, arrest: { at: { value: '2026-11-20T08:00:00+03:00' } } });
  scenario.append(aCustodyDraft('custody.died', SAMPLE_PAYLOADS['custody.died'], '2026-11-28T09:00:00+03:00', subject(5)));
  admit(scenario, 6, {
    identity: { sex: { value: 'female' }, genderIdentity: { value: 'woman' }, dateOfBirth: { value: '2012-05-01' } },
    status: { legalCategory: { unknown: 'unknown' }, legalRegime: 'criminal' },
  });
  scenario.append(aCustodyDraft('custody.hospital_admitted', SAMPLE_PAYLOADS['custody.hospital_admitted'], '2026-11-27T09:00:00+03:00', subject(6)));
  return [1, 2, 3, 4, 5, 6].map((n) => scenario.record(subject(n)));
}

describe('population statistics', () => {
  const records = aRegister();
  const stats = populationStats({ records, nowMs: NOW_MS, period: PERIOD, capacity: 4 });

  it('counts who is held now, by category, with those in hospital, children and women', () => {
    expect(stats.held).toBe(3);
    expect(stats.inHospital).toBe(1);
    expect(stats.children).toBe(1);
    expect(stats.women).toBe(1);
    expect(stats.byCategory).toMatchObject({ criminal_remand: 2, unknown: 1, pow: 0 });
  });

  it('leaves a voided admission out of every count but its own', () => {
    expect(stats.voided).toBe(1);
    expect(stats.records).toBe(5);
    expect(stats.byStatus).toEqual({ in_custody: 2, hospital: 1, transferred: 0, released: 1, escaped: 0, deceased: 1 });
    expect(stats.totals.admissions).toBe(4);
  });

  it("counts each day's movements and how many were held when it ended", () => {
    expect(stats.days.map((day) => [day.key, day.admissions, day.releases, day.transfersOut, day.transfersIn, day.deaths, day.heldAtEnd])).toEqual([
      ['2026-11-25', 0, 0, 0, 0, 0, 1],
      ['2026-11-26', 4, 0, 0, 0, 0, 5],
      ['2026-11-27', 0, 1, 1, 0, 0, 3],
      ['2026-11-28', 0, 0, 0, 1, 1, 3],
    ]);
    expect(stats.days.at(-1)?.heldAtEnd).toBe(stats.held);
  });

  it('measures stays that ended and stays still running', () => {
    expect(stats.endedStay.count).toBe(2);
    expect(stats.endedStay.bands).toMatchObject({ underWeek: 1, underMonth: 1 });
    expect(stats.endedStay.medianMs).toBe((DAY_MS + 8 * DAY_MS - HOUR_MS) / 2);
    expect(stats.ongoingStay.count).toBe(3);
    expect(stats.ongoingStay.medianMs).toBe(NOW_MS - Date.parse('2026-11-26T07:00:00Z'));
  });

  it('sets occupancy against capacity, and gives none without a declared capacity', () => {
    expect(stats.occupancy).toBe(0.75);
    expect(populationStats({ records, nowMs: NOW_MS, period: PERIOD, capacity: 0 }).occupancy).toBeUndefined();
  });

  it('counts only the chosen register', () => {
    const other = populationStats({ records, ledger: 'another-ledger', nowMs: NOW_MS, period: PERIOD, capacity: 4 });
    expect(other.records).toBe(0);
    const own = populationStats({ records, ledger: records[0]?.ledger, nowMs: NOW_MS, period: PERIOD, capacity: 4 });
    expect(own.held).toBe(3);
  });

  it('reads an empty register as zeros, not errors', () => {
    const empty = populationStats({ records: [], nowMs: NOW_MS, period: PERIOD, capacity: 100 });
    expect(empty).toMatchObject({ held: 0, records: 0, voided: 0, occupancy: 0 });
    expect(empty.ongoingStay.medianMs).toBeUndefined();
    expect(empty.days.map((day) => day.heldAtEnd)).toEqual([0, 0, 0, 0]);
    expect(populationStats({ records: [], nowMs: NOW_MS, period: { days: [], endMs: NOW_MS }, capacity: 0 }).days).toEqual([]);
  });
});

describe('helpers', () => {
  it('finds the day of an instant, or says it is before or after the period', () => {
    expect(dayIndexOf(PERIOD, Date.parse('2026-11-24T23:59:59Z'))).toBe(-1);
    expect(dayIndexOf(PERIOD, Date.parse('2026-11-25T00:00:00Z'))).toBe(0);
    expect(dayIndexOf(PERIOD, Date.parse('2026-11-27T23:59:59Z'))).toBe(2);
    expect(dayIndexOf(PERIOD, PERIOD.endMs)).toBe(4);
  });

  it('puts each stay in its band at the band limits', () => {
    const summary = summariseStays([DAY_MS - 1, DAY_MS, 7 * DAY_MS, 365 * DAY_MS, 400 * DAY_MS]);
    expect(summary.bands).toEqual({ underDay: 1, underWeek: 1, underMonth: 1, underQuarter: 0, underYear: 0, overYear: 2 });
    expect(summary.medianMs).toBe(7 * DAY_MS);
  });
});
