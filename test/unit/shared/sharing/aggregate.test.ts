import type { CustodyRecord } from '@shared/custody/projection/types';
import { facilityAggregate } from '@shared/sharing/aggregate';
import { statisticsCsv } from '@shared/sharing/export';
import { publishAggregate } from '@shared/sharing/publish';
import { DEFAULT_SUPPRESSION_POLICY as STRICT } from '@shared/sharing/suppression';
import type { StatLine } from '@shared/sharing/publish';
import { describe, expect, it } from 'vitest';
import { aCustodyDraft, aCustodyScenario, anAdmissionDraft, SUPERVISOR } from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from '../custody/samplePayloads';

const subject = (n: number) => `019ab9f0-0000-7000-8000-${String(n).padStart(12, '0')}`;
const START_MS = Date.parse('2026-11-25T00:00:00Z');
const END_MS = Date.parse('2026-11-29T00:00:00Z');
const FAMILY_NAME = 'Haddad';

/**
 * Twelve people admitted on the 26th (criminal remand), two of them released on the 27th,
 * one transferred out on the 27th and one who died on the 28th; one admitted on the 20th
 * and still held; one admitted by mistake and voided (the void confirmed by a supervisor).
 */
function aRegister(): { records: CustodyRecord[]; ledger: string } {
  const scenario = aCustodyScenario('sharing');
  const admit = (n: number, at?: string) =>
    scenario.append(anAdmissionDraft({ registerNumber: { prefix: 'CRP', number: n }, ...(at === undefined ? {} : { admission: { at }, arrest: { at: { value: at } } }) }, subject(n)));
  for (let n = 1; n <= 12; n += 1) admit(n);
  admit(13, '2026-11-20T10:00:00+03:00');
  const mistaken = admit(14);
  const voiding = scenario.append(aCustodyDraft('custody.voided', { targetEventId: mistaken.id, reason: 'Entered twice' }, '2026-11-26T11:00:00+03:00', subject(14)));
  scenario.append(aCustodyDraft('custody.confirmed', { targetEventId: voiding.id }, '2026-11-26T11:30:00+03:00', subject(14)), SUPERVISOR);
  for (const n of [1, 2]) scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-27T10:00:00+03:00', subject(n)));
  scenario.append(aCustodyDraft('custody.transferred_out', SAMPLE_PAYLOADS['custody.transferred_out'], '2026-11-27T12:00:00+03:00', subject(3)));
  scenario.append(aCustodyDraft('custody.died', SAMPLE_PAYLOADS['custody.died'], '2026-11-28T09:00:00+03:00', subject(4)));
  const records = Array.from({ length: 14 }, (_, index) => scenario.record(subject(index + 1)));
  return { records, ledger: scenario.ledger.ledger };
}

const find = (lines: readonly StatLine[], section: string, item: string, measure = 'count') =>
  lines.find((line) => line.section === section && line.item === item && line.measure === measure)?.shown;

describe('shared statistics of a facility', () => {
  const { records, ledger } = aRegister();
  const aggregate = facilityAggregate({ records, ledger, startMs: START_MS, endMs: END_MS, now: new Date(END_MS) });

  it('counts who was held at both ends, by category, and the movements of the period', () => {
    expect(aggregate.heldAtStart).toBe(1);
    expect(aggregate.heldAtEnd).toBe(9);
    expect(aggregate.byCategory.criminal_remand).toBe(9);
    expect(aggregate.flows).toEqual({ admissions: 12, transfersIn: 0, releases: 2, transfersOut: 1, deaths: 1, escapes: 0 });
    expect(aggregate.endedStays.count).toBe(4);
  });

  it('leaves out other ledgers and voided admissions', () => {
    const other = facilityAggregate({ records, ledger: 'c'.repeat(64), startMs: START_MS, endMs: END_MS, now: new Date(END_MS) });
    expect(other.heldAtEnd + other.flows.admissions).toBe(0);
  });

  it('publishes large counts, hides small ones as "< 5" and their complements, and never a derived figure of a hidden base', () => {
    const lines = publishAggregate(aggregate, STRICT);
    // 13 in custody at some time: 1 at the start + 12 admitted = 9 at the end + 2 + 1 + 1 + 0 who left.
    expect(find(lines, 'movements', 'caseload')).toEqual({ kind: 'count', value: 13 });
    expect(find(lines, 'movements', 'deaths')).toEqual({ kind: 'suppressed', reason: 'small' });
    // The exits hidden add up to 4, so the 9 held at the end would give them back: hidden too.
    expect(find(lines, 'held', 'at_end')).toEqual({ kind: 'suppressed', reason: 'complementary' });
    expect(find(lines, 'category', 'criminal_remand')).toEqual({ kind: 'suppressed', reason: 'complementary' });
    expect(find(lines, 'safeguards', 'registration-delay', 'assessed')).toEqual({ kind: 'count', value: 12 });
    expect(find(lines, 'stays', 'ended', 'median_days')).toEqual({ kind: 'suppressed', reason: 'base' });
    for (const line of lines) {
      if (line.shown.kind === 'count') expect(line.shown.value).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives percentages of safeguards met only where both counts are published', () => {
    const lines = publishAggregate(aggregate, { threshold: 3, hideZeros: false });
    expect(find(lines, 'safeguards', 'registration-delay', 'met_percent')).toEqual({ kind: 'percent', value: 100 });
    expect(find(lines, 'safeguards', 'judge-appearance', 'met_percent')).toEqual({ kind: 'percent', value: 0 });
    expect(publishAggregate(aggregate, STRICT).filter((line) => line.shown.kind === 'percent')).toEqual([]);
    const assessed = find(lines, 'safeguards', 'registration-delay', 'assessed');
    const met = find(lines, 'safeguards', 'registration-delay', 'met');
    const percent = find(lines, 'safeguards', 'registration-delay', 'met_percent');
    if (met?.kind === 'count' && assessed?.kind === 'count') expect(percent).toEqual({ kind: 'percent', value: Math.round((met.value / assessed.value) * 1000) / 10 });
    else expect(percent).toEqual({ kind: 'suppressed', reason: 'base' });
    expect(lines.filter((line) => line.measure === 'met_percent')).toHaveLength(19);
  });

  it('writes a CSV with no name of a person and no count under the threshold', () => {
    const csv = statisticsCsv({
      facility: { code: 'CRP-01', name: '=Central' },
      from: '2026-11-25',
      to: '2026-11-28',
      policy: STRICT,
      lines: publishAggregate(aggregate, STRICT),
      label: (line) => `${line.section} ${line.item}`,
    });
    expect(csv).not.toContain(FAMILY_NAME);
    expect(csv).toContain(`,'=Central,`);
    const values = csv.trim().split('\r\n').slice(1).map((row) => row.split(',')[7]);
    expect(values).toContain('< 5');
    expect(values.filter((value) => /^\d+$/.test(value ?? '') && Number(value) < 5)).toEqual([]);
  });
});
