/**
 * Writing CSV that is safe to open in a spreadsheet. A cell beginning with = + - @ (or a
 * tab or carriage return, which some spreadsheets skip before reading a formula) is run as
 * a formula by Excel and LibreOffice, which can leak data or start programs (OWASP "CSV
 * injection"). Such cells get a leading apostrophe: spreadsheets show the text as typed and
 * the apostrophe is visible in a text editor, so nothing is hidden. Leading spaces before
 * one of those characters and the full-width forms ＝ ＋ － ＠ are treated the same, since
 * some spreadsheets trim or fold them. Numbers are written by the caller as digits and never
 * start with a sign here (counts and rates are not negative).
 */

const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r]/u;
const NEEDS_QUOTES = /[",\r\n;]|^\s|\s$/u;

/** The cell as text a spreadsheet will not run. */
export function neutraliseCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** One cell, neutralised and quoted when it holds a separator, a quote, a line break or edge spaces. */
export function csvCell(text: string): string {
  const safe = neutraliseCell(text);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/**
 * A CSV document (RFC 4180: CRLF line ends), with a byte-order mark so spreadsheets read
 * Arabic and French letters as UTF-8 instead of guessing a legacy code page.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
