/**
 * A small strict CSV reader (RFC 4180) for lists typed up after a visit. No CSV library is
 * installed, and a lenient reader would guess where a quote went wrong and silently merge
 * or split people, so anything malformed is an error naming its line. Commas or
 * semicolons (spreadsheets in French write semicolons) separate fields; the first line
 * decides which.
 */
import type { Result } from '../util/result';
import { err, ok } from '../util/result';

/** Largest CSV text read, characters. */
export const CSV_MAX_CHARS = 2_000_000;
/** Most rows read, header included. */
export const CSV_MAX_ROWS = 20_001;

/** What is wrong with a CSV text. */
export const CSV_ERROR_CODES = ['too-large', 'too-many-rows', 'unclosed-quote', 'quote-in-field', 'text-after-quote'] as const;
/** One of CSV_ERROR_CODES. */
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];
/** A CSV error and the line (from 1) where it is. */
export type CsvError = { readonly code: CsvErrorCode; readonly line: number };

/** A row and the line it starts on. */
export type CsvRow = { readonly line: number; readonly fields: readonly string[] };

/** The separator the first line uses: a semicolon if it has one and no comma. */
function separatorOf(text: string): ',' | ';' {
  const end = text.search(/\r?\n/);
  const first = end === -1 ? text : text.slice(0, end);
  return first.includes(';') && !first.includes(',') ? ';' : ',';
}

type Cursor = { text: string; at: number; line: number };

/** NOTE: advances `cursor`. A quoted field, from its opening quote to just past its closing one. */
function quotedField(cursor: Cursor): Result<string, CsvError> {
  const startLine = cursor.line;
  let value = '';
  cursor.at += 1;
  for (;;) {
    const next = cursor.text.indexOf('"', cursor.at);
    if (next === -1) return err({ code: 'unclosed-quote', line: startLine });
    const chunk = cursor.text.slice(cursor.at, next);
    cursor.line += chunk.split('\n').length - 1;
    value += chunk;
    if (cursor.text[next + 1] === '"') {
      value += '"';
      cursor.at = next + 2;
      continue;
    }
    cursor.at = next + 1;
    return ok(value);
  }
}

/** NOTE: advances `cursor`. One field, and whether the row ends after it. */
function field(cursor: Cursor, separator: string): Result<{ value: string; endsRow: boolean }, CsvError> {
  const { text } = cursor;
  let value = '';
  if (text[cursor.at] === '"') {
    const quoted = quotedField(cursor);
    if (!quoted.ok) return quoted;
    value = quoted.value;
  } else {
    let end = cursor.at;
    while (end < text.length && text[end] !== separator && text[end] !== '\n' && text[end] !== '\r') end += 1;
    value = text.slice(cursor.at, end);
    if (value.includes('"')) return err({ code: 'quote-in-field', line: cursor.line });
    cursor.at = end;
  }
  const after = text[cursor.at];
  if (after === separator) {
    cursor.at += 1;
    return ok({ value, endsRow: false });
  }
  if (after === undefined) return ok({ value, endsRow: true });
  if (after === '\n' || after === '\r') {
    cursor.at += after === '\r' && text[cursor.at + 1] === '\n' ? 2 : 1;
    cursor.line += 1;
    return ok({ value, endsRow: true });
  }
  return err({ code: 'text-after-quote', line: cursor.line });
}

/**
 * The rows of a CSV text; blank lines are skipped, a byte order mark is ignored.
 * Fields are not trimmed here: the reader of each column decides.
 */
export function parseCsv(input: string): Result<CsvRow[], CsvError> {
  if (input.length > CSV_MAX_CHARS) return err({ code: 'too-large', line: 1 });
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const separator = separatorOf(text);
  const cursor: Cursor = { text, at: 0, line: 1 };
  const rows: CsvRow[] = [];
  while (cursor.at < text.length) {
    const line = cursor.line;
    const fields: string[] = [];
    for (;;) {
      const read = field(cursor, separator);
      if (!read.ok) return read;
      fields.push(read.value.value);
      if (read.value.endsRow) break;
    }
    if (fields.length === 1 && fields[0]?.trim() === '') continue;
    if (rows.length >= CSV_MAX_ROWS) return err({ code: 'too-many-rows', line });
    rows.push({ line, fields });
  }
  return ok(rows);
}
