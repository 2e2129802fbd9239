import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, toIntlLocale } from '../../../../renderer/i18n/format';
import type { FormatLocale } from '../../../../renderer/i18n/format';

const INSTANT = new Date('2026-03-05T22:30:00Z');
const ar = (numbering: FormatLocale['numbering']): FormatLocale => ({ language: 'ar', numbering });

describe('formatting', () => {
  it('always asks Intl for the Gregorian calendar, and for the digits only when chosen', () => {
    expect(toIntlLocale({ language: 'fr', numbering: 'auto' })).toBe('fr-u-ca-gregory');
    expect(toIntlLocale(ar('arab'))).toBe('ar-u-ca-gregory-nu-arab');
  });

  it('writes numbers in the language, with the chosen digits', () => {
    expect(formatNumber(1234.5, { language: 'en', numbering: 'auto' })).toBe('1,234.5');
    expect(formatNumber(1234.5, { language: 'fr', numbering: 'auto' })).toBe('1\u202f234,5');
    expect(formatNumber(1234.5, ar('arab'))).toBe('١٬٢٣٤٫٥');
    expect(formatNumber(1234.5, ar('latn'))).toMatch(/^1.234.5$/);
    expect(formatNumber(1234.5, { language: 'en', numbering: 'arab' })).toBe('١٬٢٣٤٫٥');
  });

  it('shows the calendar day in the given time zone', () => {
    expect(formatDate(INSTANT, { language: 'en', numbering: 'auto' }, 'UTC')).toBe('March 5, 2026');
    expect(formatDate(INSTANT, { language: 'en', numbering: 'auto' }, 'Asia/Baghdad')).toBe('March 6, 2026');
    expect(formatDate(INSTANT, { language: 'fr', numbering: 'auto' }, 'UTC')).toBe('5 mars 2026');
  });

  it('writes date and time on a 24-hour clock and names the zone', () => {
    const english = formatDateTime(INSTANT, { language: 'en', numbering: 'auto' }, 'Asia/Baghdad');
    expect(english).toContain('01:30');
    expect(english).toContain('GMT+3');
    expect(formatDateTime(INSTANT, { language: 'fr', numbering: 'auto' }, 'UTC')).toContain('22:30');
    expect(formatDateTime(INSTANT, ar('arab'), 'UTC')).toContain('٢٢:٣٠');
  });
});
