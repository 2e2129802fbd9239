import { describe, expect, it } from 'vitest';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { DEFAULT_SAFEGUARD_PROFILE } from '@shared/custody/safeguards';
import { groupNeedsAction } from '../../../../../renderer/features/register/needsAction';
import { safeguardsOf, STATE_URGENCY } from '../../../../../renderer/features/register/safeguardCache';
import { PEOPLE, recordsFor } from './registerFixtures';

const records = recordsFor(PEOPLE);
const NOW_MS = Date.parse('2026-11-20T12:00:00Z');
const of = (record: CustodyRecord) => safeguardsOf(record, NOW_MS, DEFAULT_SAFEGUARD_PROFILE);
const numbers = (items: readonly { record: CustodyRecord }[]) => items.map((item) => item.record.registerNumber.number);

describe('needs action', () => {
  const groups = groupNeedsAction(records, of, { heldOnly: false });

  it('lists every duty overdue, unknown or due, once per rule and record, never for a voided entry', () => {
    const expected = records.flatMap((record) => (record.isVoided ? [] : of(record).results.filter((r) => ['overdue', 'unknown', 'due'].includes(r.state)).map((r) => `${r.ruleId}:${String(record.registerNumber.number)}`)));
    const listed = groups.flatMap((group) => group.items.map((item) => `${group.ruleId}:${String(item.record.registerNumber.number)}`));
    expect(listed.sort()).toEqual(expected.sort());
    expect(listed.some((key) => key.endsWith(':5'))).toBe(false);
  });

  it('puts rules with the most overdue first, and in each rule the most urgent first', () => {
    const overdue = groups.map((group) => group.counts.overdue);
    expect(overdue).toEqual([...overdue].sort((a, b) => b - a));
    for (const group of groups) {
      const urgency = group.items.map((item) => STATE_URGENCY[item.result.state]);
      expect(urgency).toEqual([...urgency].sort((a, b) => a - b));
      const late = group.items.filter((item) => item.result.state === 'overdue').map((item) => item.result.dueMs ?? 0);
      expect(late).toEqual([...late].sort((a, b) => a - b));
      expect(group.counts.overdue + group.counts.unknown + group.counts.due).toBe(group.items.length);
    }
  });

  it('counts the medical examination never recorded as overdue for everyone admitted, oldest first', () => {
    const medical = groups.find((group) => group.ruleId === 'medical-exam');
    expect(numbers(medical?.items ?? [])).toEqual([1, 2, 3, 4, 6]);
    expect(medical?.items.every((item) => item.result.state === 'overdue')).toBe(true);
  });

  it('leaves out people no longer held when asked', () => {
    const held = groupNeedsAction(records, of, { heldOnly: true });
    expect(numbers(held.flatMap((group) => group.items))).not.toContain(4);
    expect(numbers(held.find((group) => group.ruleId === 'medical-exam')?.items ?? [])).toEqual([1, 2, 3, 6]);
  });
});
