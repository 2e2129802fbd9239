import { describe, expect, it } from 'vitest';
import { parseRollCallCsv, parseTypedList } from '@shared/oversight/rollCall';
import { reconcileRollCall } from '@shared/oversight/rollCallMatch';
import { aRegister, recordsOf, transferOutTo } from './registers';

const HELD = '0190aaaa-0000-7000-8000-0000000000a1';
const ABSENT = '0190aaaa-0000-7000-8000-0000000000a2';
const GONE = '0190aaaa-0000-7000-8000-0000000000a3';

function register() {
  const north = aRegister('a', 'NP', 'North Prison');
  north.admit(HELD, '2026-11-01T10:00:00+03:00', '2026-11-01T08:00:00.000Z');
  north.admit(ABSENT, '2026-11-02T10:00:00+03:00', '2026-11-02T08:00:00.000Z', {
    givenNames: { value: 'يوسف' }, familyName: { value: 'منصور' }, givenNamesLatin: { value: 'Youssef' }, familyNameLatin: { value: 'Mansour' },
    aliases: { unknown: 'unknown' }, fatherFirstName: { value: 'Karim' }, dateOfBirth: { value: '1984' },
  });
  north.admit(GONE, '2026-11-03T10:00:00+03:00', '2026-11-03T08:00:00.000Z', {
    givenNames: { value: 'سمير' }, familyName: { value: 'داود' }, givenNamesLatin: { value: 'Samir' }, familyNameLatin: { value: 'Daoud' },
    aliases: { unknown: 'unknown' }, fatherFirstName: { value: 'Hamid' }, dateOfBirth: { value: '1979' },
  });
  north.add('custody.transferred_out', GONE, '2026-11-05T10:00:00+03:00', '2026-11-05T08:00:00.000Z', transferOutTo('South'));
  return north;
}

describe('roll-call lists', () => {
  it('reads a typed list: a name per line, optionally father and birth after semicolons, or a register number', () => {
    expect(parseTypedList('Mohamed Al-Hassan; Ali; 1990\n\n  NP-000002  \nسمير داود؛ حميد')).toEqual({ ok: true, value: [
      { line: 1, name: 'Mohamed Al-Hassan', father: 'Ali', birth: '1990' },
      { line: 3, name: '', registerNumber: 'NP-000002' },
      { line: 4, name: 'سمير داود', father: 'حميد' },
    ] });
  });

  it('lists every problem of a typed list with its line', () => {
    expect(parseTypedList('Amina; Ali; born in spring\n; Ali\n')).toEqual({ ok: false, error: [{ code: 'bad-birth', line: 1 }, { code: 'no-name', line: 2 }] });
    expect(parseTypedList(' \n\n')).toEqual({ ok: false, error: [{ code: 'empty', line: 1 }] });
  });

  it('reads a CSV file by its header, in English, French or Arabic', () => {
    expect(parseRollCallCsv('Nom;Nom du père;Date de naissance\nAmina Haddad;Ali;1990-04-12\n')).toEqual({ ok: true, value: [{ line: 2, name: 'Amina Haddad', father: 'Ali', birth: '1990-04-12' }] });
    expect(parseRollCallCsv('الاسم,رقم السجل\nسمير داود,\n,NP-000001')).toMatchObject({ ok: true, value: [{ name: 'سمير داود' }, { registerNumber: 'NP-000001' }] });
  });

  it('refuses a CSV without a name column, with an unknown or repeated column, or a short row', () => {
    expect(parseRollCallCsv('father\nAli')).toEqual({ ok: false, error: [{ code: 'no-name-column', line: 1 }] });
    expect(parseRollCallCsv('name,age\nAli,30')).toEqual({ ok: false, error: [{ code: 'unknown-column', line: 1, column: 'age' }] });
    expect(parseRollCallCsv('name,Name\nAli,Ali')).toEqual({ ok: false, error: [{ code: 'duplicate-column', line: 1, column: 'Name' }] });
    expect(parseRollCallCsv('name,father\nAli\nOmar,Said')).toEqual({ ok: false, error: [{ code: 'field-count', line: 2 }] });
    expect(parseRollCallCsv('name\n"Ali')).toEqual({ ok: false, error: [{ code: 'unclosed-quote', line: 2 }] });
  });
});

describe('roll-call reconciliation', () => {
  it('sorts people into seen and registered, seen but not registered, and registered but not seen', () => {
    const north = register();
    const seen = parseTypedList('Mohammed Al Hasan; Ali\nSamir Daoud; Hamid; 1979\nKhaled Nouri; Said; 1995');
    if (!seen.ok) throw new Error('list');
    const result = reconcileRollCall(seen.value, recordsOf(north), north.ledger);
    expect(result.matched.map((match) => [match.seen.line, match.record.id, match.by])).toEqual([[1, HELD, 'strong']]);
    expect(result.seenNotRegistered.map((item) => [item.seen.line, item.closedRecord?.id])).toEqual([[2, GONE], [3, undefined]]);
    expect(result.registeredNotSeen.map((record) => record.id)).toEqual([ABSENT]);
    expect(result.ambiguous).toEqual([]);
  });

  it('matches by register number, and calls a second line for the same entry ambiguous', () => {
    const north = register();
    const result = reconcileRollCall([{ line: 1, name: '', registerNumber: 'np-000002' }, { line: 2, name: '', registerNumber: 'NP-000002' }], recordsOf(north), north.ledger);
    expect(result.matched.map((match) => [match.record.id, match.by])).toEqual([[ABSENT, 'register_number']]);
    expect(result.ambiguous.map((item) => item.seen.line)).toEqual([2]);
  });

  it('does not guess between two held people who fit equally well', () => {
    const north = register();
    north.admit('0190aaaa-0000-7000-8000-0000000000a4', '2026-11-04T10:00:00+03:00', '2026-11-04T08:00:00.000Z');
    const result = reconcileRollCall([{ line: 1, name: 'Mohamed Al-Hassan' }], recordsOf(north), north.ledger);
    expect(result.ambiguous[0]?.records.map((record) => record.id).sort()).toEqual([HELD, '0190aaaa-0000-7000-8000-0000000000a4']);
    expect(result.matched).toEqual([]);
  });
});
