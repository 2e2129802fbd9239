import { csvCell, neutraliseCell, toCsv } from '@shared/sharing/csv';
import { describe, expect, it } from 'vitest';

describe('CSV formula-injection neutralisation', () => {
  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tTAB', '\rCR', '  =HYPERLINK("x")', '＝1+1'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseCell(text)).toBe(`'${text}`);
  });

  it.each(['Central Remand Prison', '42', '< 5', 'سجن المركز', 'a=b', 'x-y'])('leaves %j as it is', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });

  it('quotes separators, quotes, line breaks and edge spaces after neutralising', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1,2')).toBe(`"'=1,2"`);
    expect(csvCell('a;b')).toBe('"a;b"');
  });

  it('writes a byte-order mark and CRLF line ends', () => {
    expect(toCsv([['a', 'b'], ['=x', '1']])).toBe(`\uFEFFa,b\r\n'=x,1\r\n`);
  });
});
