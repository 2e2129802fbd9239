import { describe, expect, it } from 'vitest';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { DEFAULT_SAFEGUARD_PROFILE } from '@shared/custody/safeguards';
import { columnsFromSetting, columnsToSetting, REGISTER_COLUMNS, withColumn } from '../../../../../renderer/features/register/columns';
import { endOfDayMs, startOfDayMs } from '../../../../../renderer/features/register/dayBounds';
import type { RegisterFilter } from '../../../../../renderer/features/register/registerFilter';
import { filterMask, NO_REGISTER_FILTER } from '../../../../../renderer/features/register/registerFilter';
import { searchRecords, selectRows } from '../../../../../renderer/features/register/registerSearch';
import { safeguardsOf, STATE_URGENCY } from '../../../../../renderer/features/register/safeguardCache';
import type { RegisterColumnId } from '../../../../../renderer/features/register/columns';
import { sortOrder } from '../../../../../renderer/features/register/sortOrders';
import { PEOPLE, recordsFor } from './registerFixtures';

const records = recordsFor(PEOPLE);
const NOW_MS = Date.parse('2026-11-20T12:00:00Z');
const numberAt = (position: number | undefined) => records[position ?? -1]?.registerNumber.number;
const worstOf = (record: CustodyRecord) => safeguardsOf(record, NOW_MS, DEFAULT_SAFEGUARD_PROFILE).worst;
const CATEGORY_RANKS: Readonly<Record<string, number>> = { convicted: 0, criminal_remand: 1 };
const context = { nowMs: NOW_MS, categoryRank: (record: CustodyRecord) => CATEGORY_RANKS[record.legalCategory ?? ''] ?? 9, safeguardRank: (record: CustodyRecord) => STATE_URGENCY[worstOf(record)] };

/** Register numbers shown for a filter, a query and an order, as the list shows them. */
function shown(options: { filter?: Partial<RegisterFilter>; query?: string; column?: RegisterColumnId; descending?: boolean } = {}): number[] {
  const mask = filterMask(records, { ...NO_REGISTER_FILTER, ...options.filter }, { fromMs: undefined, toMs: undefined, worstOf });
  const order = sortOrder(records, options.column ?? 'registerNumber', context);
  const rows = selectRows(order, options.descending ?? false, mask, searchRecords(records, options.query ?? ''));
  return Array.from(rows.positions.subarray(0, rows.count), numberAt).filter((n) => n !== undefined);
}

describe('register list columns', () => {
  it('shows every column until a choice is stored, and always the number and the name', () => {
    expect(columnsFromSetting(undefined)).toEqual(REGISTER_COLUMNS);
    expect(columnsFromSetting('status,gaps')).toEqual(['registerNumber', 'names', 'status', 'gaps']);
    expect(columnsFromSetting('nonsense,,location')).toEqual(['registerNumber', 'names', 'location']);
  });

  it('stores a choice by column names only, in display order, and never hides the fixed columns', () => {
    const choice = withColumn(withColumn(REGISTER_COLUMNS, 'location', false), 'gaps', false);
    expect(columnsToSetting(choice)).toBe('registerNumber,names,status,safeguards,legalCategory,admitted,daysInCustody');
    expect(columnsFromSetting(columnsToSetting(choice))).toEqual(choice);
    expect(withColumn(choice, 'names', false)).toBe(choice);
    expect(columnsToSetting(withColumn(choice, 'gaps', true))).toContain('gaps');
  });
});

describe('register list filters', () => {
  it('leaves voided entries out unless asked', () => {
    expect(shown()).toEqual([1, 2, 3, 4, 6]);
    expect(shown({ filter: { showVoided: true } })).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('narrows by status, "held now" and legal category', () => {
    expect(shown({ filter: { status: 'released' } })).toEqual([4]);
    expect(shown({ filter: { status: 'held' } })).toEqual([1, 2, 3, 6]);
    expect(shown({ filter: { legalCategory: 'convicted' } })).toEqual([2, 6]);
    expect(shown({ filter: { legalCategory: 'convicted', status: 'held', query: 'karim' } as Partial<RegisterFilter> })).toEqual([2, 6]);
  });

  it('narrows by the worst safeguard state', () => {
    const states = new Map(records.map((record) => [record.registerNumber.number, worstOf(record)]));
    const needing = [...states].filter(([n, state]) => n !== 5 && ['overdue', 'unknown', 'due'].includes(state)).map(([n]) => n).sort((a, b) => a - b);
    expect(needing.length).toBeGreaterThan(0);
    expect(shown({ filter: { safeguard: 'needs_action' } })).toEqual(needing);
    const overdue = [...states].filter(([n, state]) => n !== 5 && state === 'overdue').map(([n]) => n).sort((a, b) => a - b);
    expect(shown({ filter: { safeguard: 'overdue' } })).toEqual(overdue);
  });

  it('narrows by admission days on the facility clock, both ends included', () => {
    const zone = 'Asia/Baghdad';
    const fromMs = startOfDayMs('2026-11-02', zone);
    const toMs = endOfDayMs('2026-11-03', zone);
    expect(fromMs).toBe(Date.parse('2026-11-02T00:00:00+03:00'));
    expect(toMs).toBe(Date.parse('2026-11-04T00:00:00+03:00') - 1);
    const mask = filterMask(records, NO_REGISTER_FILTER, { fromMs, toMs, worstOf });
    // Number 2 was admitted at 23:30 on 2 November in Baghdad: 20:30 UTC, still that day there.
    expect(records.filter((_, position) => mask[position] === 1).map((record) => record.registerNumber.number).sort()).toEqual([2, 3]);
    expect(startOfDayMs('', zone)).toBeUndefined();
    expect(endOfDayMs('2026-02-31', zone)).toBeUndefined();
  });
});

describe('register list order', () => {
  it('sorts by register number, either way', () => {
    expect(shown({ column: 'registerNumber' })).toEqual([1, 2, 3, 4, 6]);
    expect(shown({ column: 'registerNumber', descending: true })).toEqual([6, 4, 3, 2, 1]);
  });

  it('sorts names by family name, normalised, Latin before Arabic script, an unknown name last', () => {
    // Latin keys: abdelaziz hussein (3), benali karim (2), traore muhammad (6), zahra fatima (4); Arabic only: الحسن محمد (1).
    expect(shown({ column: 'names' })).toEqual([3, 2, 6, 4, 1]);
    expect(shown({ column: 'names', descending: true })).toEqual([1, 4, 6, 2, 3]);
  });

  it('sorts by admission time and by days held (until release for those released)', () => {
    expect(shown({ column: 'admitted' })).toEqual([1, 2, 3, 4, 6]);
    // Whole days until the 20th: 14 (6), 17 (2 and 3, in register order), 19 (1); number 4 was held 6 days until released.
    expect(shown({ column: 'daysInCustody' })).toEqual([4, 6, 2, 3, 1]);
  });

  it('sorts by category rank and by safeguard urgency, ties in register order', () => {
    expect(shown({ column: 'legalCategory' })).toEqual([2, 6, 1, 3, 4]);
    const urgencies = shown({ column: 'safeguards' }).map((n) => STATE_URGENCY[worstOf(records.find((r) => r.registerNumber.number === n)!)]);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => a - b));
  });
});

describe('register search across scripts', () => {
  /** [query, register numbers expected first, in rank order, or [] for none]. */
  const SPELLINGS: readonly (readonly [string, readonly number[]])[] = [
    ['Mohamed', [6, 1]],
    ['Muhammad', [6, 1]],
    ['mohammed', [6, 1]],
    ['محمد', [1, 6]],
    ['مُحَمَّد', [1, 6]],
    ['Hussein', [3]],
    ['Husain', [3]],
    ['حسين', [3]],
    ['Abdel Aziz', [3]],
    ['عبدالعزيز', [3]],
    ['Fatma', [4]],
    ['فاطمه', [4]],
    ['Zahraa', [4]],
    ['TRAORE', [6]],
    ['benali karim', [2]],
    ['CRP-000002', [2]],
    ['crp-2', [2]],
    ['P0099887', [2]],
    ['0099', [2]],
    ['Xavier', []],
  ];

  it.each(SPELLINGS)('%s finds %j', (query, expected) => {
    expect(shown({ query }).slice(0, expected.length)).toEqual(expected);
    if (expected.length === 0) expect(shown({ query })).toEqual([]);
  });

  it('ranks an exact spelling above a transliteration variant above a cross-script skeleton', () => {
    const scores = searchRecords(records, 'Muhammad');
    const scoreOf = (n: number) => scores?.[records.findIndex((record) => record.registerNumber.number === n)];
    expect(scoreOf(6)).toBe(3);
    expect(scoreOf(1)).toBe(1);
    expect(searchRecords(records, '   ')).toBeNull();
  });

  it('keeps the chosen order within each rank, and the mask', () => {
    const order = sortOrder(records, 'registerNumber', context);
    const scores = new Uint8Array(records.length).fill(1);
    const best = records.findIndex((record) => record.registerNumber.number === 4);
    scores[best] = 3;
    const mask = new Uint8Array(records.length).fill(1);
    mask[records.findIndex((record) => record.registerNumber.number === 2)] = 0;
    const rows = selectRows(order, true, mask, scores);
    expect(Array.from(rows.positions.subarray(0, rows.count), numberAt)).toEqual([4, 6, 5, 3, 1]);
  });
});
