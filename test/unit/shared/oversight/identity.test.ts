import { describe, expect, it } from 'vitest';
import { compareBirths, compareIdentities, parseBirth, prepareIdentity } from '@shared/oversight/identity';

const person = (names: string[], father?: string, birth?: string) =>
  prepareIdentity({ names, ...(father === undefined ? {} : { father }), ...(birth === undefined ? {} : { birth: parseBirth(birth) ?? { year: 0, estimated: false } }) });

describe('identity comparison', () => {
  it.each([
    ['the same names in two scripts, father and birth agreeing', ['محمد الحسن'], 'علي', '1990-04-12', ['Mohamed Al-Hassan'], 'Ali', '1990', 'strong'],
    ['transliteration variants and name parts in another order', ['Mohammed Al Hasan'], 'Ali', undefined, ['Al-Hassan Muhammad'], 'Aly', undefined, 'strong'],
    ['names alone, nothing else known', ['Youssef Mansour'], undefined, undefined, ['يوسف منصور'], undefined, undefined, 'probable'],
    ['one name part only, even with the father', ['Youssef'], 'Karim', undefined, ['Youssef'], 'Karim', undefined, 'probable'],
    ['a different father', ['Youssef Mansour'], 'Karim', undefined, ['Youssef Mansour'], 'Omar', undefined, 'none'],
    ['a different birth year', ['Youssef Mansour'], undefined, '1984', ['Youssef Mansour'], undefined, '1991', 'none'],
    ['different names', ['Samir Daoud'], 'Hamid', '1979', ['Khaled Nouri'], 'Hamid', '1979', 'none'],
  ] as const)('%s', (_label, aNames, aFather, aBirth, bNames, bFather, bBirth, strength) => {
    expect(compareIdentities(person([...aNames], aFather, aBirth), person([...bNames], bFather, bBirth)).strength).toBe(strength);
  });

  it('reads partial birth dates and allows for an estimated age', () => {
    expect(parseBirth('1990-04')).toEqual({ year: 1990, month: 4, estimated: false });
    expect(parseBirth('April 1990')).toBeUndefined();
    expect(compareBirths({ year: 1990, month: 4, day: 12, estimated: false }, { year: 1990, month: 4, day: 13, estimated: false })).toBe('different');
    expect(compareBirths({ year: 1990, estimated: true }, { year: 1992, month: 1, estimated: false })).toBe('same');
    expect(compareBirths({ year: 1990, estimated: true }, { year: 1993, estimated: false })).toBe('different');
    expect(compareBirths(undefined, { year: 1993, estimated: false })).toBe('unknown');
  });
});
