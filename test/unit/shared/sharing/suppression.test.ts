import { DEFAULT_SUPPRESSION_POLICY, suppressCounts } from '@shared/sharing/suppression';
import { describe, expect, it } from 'vitest';

const STRICT = DEFAULT_SUPPRESSION_POLICY;
const ZEROS_SHOWN = { threshold: 5, hideZeros: false };
const cells = (values: Record<string, number>) => Object.entries(values).map(([id, value]) => ({ id, value }));
const hiddenIds = (result: ReadonlyMap<string, string>) => [...result.keys()].sort();

describe('small-cell suppression', () => {
  it('hides counts under the threshold, zeros included, and nothing else when no sum links them', () => {
    const result = suppressCounts(cells({ a: 0, b: 4, c: 5, d: 120 }), [], STRICT);
    expect(hiddenIds(result)).toEqual(['a', 'b']);
    expect(result.get('b')).toBe('small');
  });

  it('hides a complementary cell when one small cell would be recovered from the total', () => {
    // 40 = 30 + 3 + 7: publishing 30, 7 and 40 gives 3 back. The smallest other cell goes too.
    const result = suppressCounts(cells({ total: 40, a: 30, b: 3, c: 7 }), [{ total: 'total', cells: ['a', 'b', 'c'] }], STRICT);
    expect(hiddenIds(result)).toEqual(['b', 'c']);
    expect(result.get('c')).toBe('complementary');
  });

  it('hides another cell when the hidden cells together are small', () => {
    // 0 and 2 hidden in 40 = 38 + 0 + 2 would add up to 2, betraying both.
    const result = suppressCounts(cells({ total: 40, a: 31, b: 0, c: 2, d: 7 }), [{ total: 'total', cells: ['a', 'b', 'c', 'd'] }], STRICT);
    expect(hiddenIds(result)).toEqual(['b', 'c', 'd']);
  });

  it('does not leave a combination the markers would pin down', () => {
    // Two "< 5" cells adding to 8 must both be 4: a third cell is hidden.
    const both = suppressCounts(cells({ total: 28, a: 20, b: 4, c: 4 }), [{ total: 'total', cells: ['a', 'b', 'c'] }], STRICT);
    expect(hiddenIds(both)).toEqual(['a', 'b', 'c']);
    // A "< 5" cell of 0 and a complementary 5 would add to exactly 5: another goes too.
    const edge = suppressCounts(cells({ total: 25, a: 0, b: 5, c: 20 }), [{ total: 'total', cells: ['a', 'b', 'c'] }], STRICT);
    expect(hiddenIds(edge)).toEqual(['a', 'b', 'c']);
  });

  it('follows a hidden cell into every sum it belongs to', () => {
    // held.end (4) is in both sums; hidden as small, it would be recovered from the exits' sum.
    const values = cells({ end: 4, cat1: 4, cat2: 0, caseload: 50, released: 30, died: 16 });
    const relations = [
      { total: 'end', cells: ['cat1', 'cat2'] },
      { total: 'caseload', cells: ['end', 'released', 'died'] },
    ];
    const result = suppressCounts(values, relations, STRICT);
    expect(hiddenIds(result)).toEqual(['cat1', 'cat2', 'died', 'end']);
    // No sum has exactly one hidden figure left.
    for (const relation of relations) {
      expect([relation.total, ...relation.cells].filter((id) => result.has(id)).length).not.toBe(1);
    }
  });

  it('hides the total when the hidden cells cannot be protected otherwise', () => {
    // Two "< 5" cells making 8 are both 4, and no other cell is left to hide.
    const result = suppressCounts(cells({ total: 8, a: 4, b: 4 }), [{ total: 'total', cells: ['a', 'b'] }], STRICT);
    expect(hiddenIds(result)).toEqual(['a', 'b', 'total']);
    // `a` hidden to protect `b` would be the only hidden figure of its own one-cell line.
    const relations = [{ total: 't1', cells: ['a', 'b'] }, { total: 't2', cells: ['a'] }];
    expect(hiddenIds(suppressCounts(cells({ t1: 17, a: 15, b: 2, t2: 15 }), relations, STRICT))).toEqual(['a', 'b', 't2']);
  });

  it('publishes everything at or above the threshold, and follows a configured threshold', () => {
    expect(suppressCounts(cells({ total: 20, a: 10, b: 10 }), [{ total: 'total', cells: ['a', 'b'] }], STRICT).size).toBe(0);
    expect(hiddenIds(suppressCounts(cells({ total: 20, a: 8, b: 12 }), [{ total: 'total', cells: ['a', 'b'] }], { threshold: 10, hideZeros: true }))).toEqual(['a', 'b']);
  });

  it('publishes zeros when the adviser chooses to, and never picks a zero as a complementary cell', () => {
    const outcomes = { total: 'assessed', cells: ['met', 'overdue', 'unknown'] };
    expect(suppressCounts(cells({ assessed: 13, met: 13, overdue: 0, unknown: 0 }), [outcomes], ZEROS_SHOWN).size).toBe(0);
    expect(hiddenIds(suppressCounts(cells({ assessed: 13, met: 13, overdue: 0, unknown: 0 }), [outcomes], STRICT))).toEqual(['met', 'overdue', 'unknown']);
    // 2 unknown alone is hidden; the zero beside it protects nothing, so 13 met goes.
    const result = suppressCounts(cells({ assessed: 15, met: 13, overdue: 0, unknown: 2 }), [outcomes], ZEROS_SHOWN);
    expect(hiddenIds(result)).toEqual(['met', 'unknown']);
  });

  it('refuses a threshold too low to protect anyone', () => {
    expect(() => suppressCounts([], [], { threshold: 1, hideZeros: true })).toThrow(RangeError);
    expect(() => suppressCounts([], [], { threshold: 4.5, hideZeros: true })).toThrow(RangeError);
  });
});
