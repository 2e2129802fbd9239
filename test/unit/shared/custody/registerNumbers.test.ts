import { describe, expect, it } from 'vitest';
import {
  duplicateRegisterNumbers,
  formatRegisterNumber,
  nextRegisterNumber,
  parseRegisterNumber,
  registerGaps,
} from '@shared/custody/registerNumbers';

describe('register numbers', () => {
  it('formats and parses', () => {
    expect(formatRegisterNumber('CRP', 42)).toBe('CRP-000042');
    expect(formatRegisterNumber('A1', 12345678)).toBe('A1-12345678');
    expect(parseRegisterNumber(' crp-000042 ')).toEqual({ prefix: 'CRP', number: 42 });
    expect(parseRegisterNumber('CRP-0')).toBeUndefined();
    expect(parseRegisterNumber('CRP 42')).toBeUndefined();
  });

  it('refuses a bad prefix or number', () => {
    expect(() => formatRegisterNumber('crp', 1)).toThrow(RangeError);
    expect(() => formatRegisterNumber('TOOLONGPREFIX', 1)).toThrow(RangeError);
    expect(() => formatRegisterNumber('CRP', 0)).toThrow(RangeError);
    expect(() => formatRegisterNumber('CRP', 1.5)).toThrow(RangeError);
  });

  it('gives the number after the highest, never filling a gap', () => {
    expect(nextRegisterNumber([])).toBe(1);
    expect(nextRegisterNumber([1, 2, 3])).toBe(4);
    expect(nextRegisterNumber([1, 5, 2])).toBe(6);
  });

  it('finds gaps and duplicates', () => {
    expect(registerGaps([])).toEqual([]);
    expect(registerGaps([1, 2, 3])).toEqual([]);
    expect(registerGaps([3, 1, 7, 7])).toEqual([
      { from: 2, to: 2 },
      { from: 4, to: 6 },
    ]);
    expect(registerGaps([2])).toEqual([{ from: 1, to: 1 }]);
    expect(duplicateRegisterNumbers([3, 1, 7, 7, 3, 3])).toEqual([3, 7]);
  });
});
