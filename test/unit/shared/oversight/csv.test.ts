import { describe, expect, it } from 'vitest';
import { parseCsv } from '@shared/oversight/csv';

describe('strict CSV', () => {
  it('reads quoted fields with separators, doubled quotes and line breaks, CRLF, a BOM and blank lines', () => {
    const parsed = parseCsv('\uFEFFname,father\r\n"Haddad, Amina","Ali ""the elder"""\r\n\r\n"two\nlines",x\n');
    expect(parsed).toEqual({ ok: true, value: [
      { line: 1, fields: ['name', 'father'] },
      { line: 2, fields: ['Haddad, Amina', 'Ali "the elder"'] },
      { line: 4, fields: ['two\nlines', 'x'] },
    ] });
  });

  it('uses semicolons when the first line has them and no comma', () => {
    expect(parseCsv('nom;père\nAmina, dite Mina;Ali')).toEqual({ ok: true, value: [
      { line: 1, fields: ['nom', 'père'] },
      { line: 2, fields: ['Amina, dite Mina', 'Ali'] },
    ] });
  });

  it('refuses what it would have to guess, naming the line', () => {
    expect(parseCsv('name\n"Amina\nAli')).toEqual({ ok: false, error: { code: 'unclosed-quote', line: 2 } });
    expect(parseCsv('name,father\nAm"ina,Ali')).toEqual({ ok: false, error: { code: 'quote-in-field', line: 2 } });
    expect(parseCsv('name,father\n"Amina"x,Ali')).toEqual({ ok: false, error: { code: 'text-after-quote', line: 2 } });
    expect(parseCsv('x'.repeat(2_000_001))).toEqual({ ok: false, error: { code: 'too-large', line: 1 } });
  });
});
