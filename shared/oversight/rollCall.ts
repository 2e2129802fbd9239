/**
 * The list of people seen on a visit (issue P6 item 3), typed or from a CSV file, read
 * strictly: every problem is reported with its line, and nothing is guessed.
 */
import { parseRegisterNumber } from '../custody/registerNumbers';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { parseCsv } from './csv';
import type { CsvErrorCode } from './csv';
import { parseBirth } from './identity';

/** One person seen, as typed or imported. */
export type SeenPerson = {
  /** Line of the list or file, from 1. */
  readonly line: number;
  readonly name: string;
  readonly father?: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  readonly birth?: string;
  /** As written, e.g. `CRP-000012`. */
  readonly registerNumber?: string;
};

/** What is wrong with a roll-call list. */
export type RollCallProblemCode = CsvErrorCode | 'empty' | 'no-name-column' | 'unknown-column' | 'duplicate-column' | 'field-count' | 'no-name' | 'bad-birth';
/** A problem, the line it is on and, for a column problem, the column's header. */
export type RollCallProblem = { readonly code: RollCallProblemCode; readonly line: number; readonly column?: string };

/** Most people in one roll-call. */
export const ROLL_CALL_MAX_PEOPLE = 20_000;

type Column = 'name' | 'father' | 'birth' | 'register';

/** Header names accepted per column, normalised (lower case, single spaces), in the three languages of the app. */
const HEADERS: Readonly<Record<string, Column>> = {
  name: 'name', 'full name': 'name', nom: 'name', 'nom complet': 'name', 'الاسم': 'name', 'الاسم الكامل': 'name',
  father: 'father', "father's name": 'father', 'father name': 'father', 'père': 'father', pere: 'father', 'nom du père': 'father', 'اسم الأب': 'father',
  birth: 'birth', 'date of birth': 'birth', 'year of birth': 'birth', naissance: 'birth', 'date de naissance': 'birth', 'تاريخ الميلاد': 'birth', 'سنة الميلاد': 'birth',
  register: 'register', 'register number': 'register', registre: 'register', 'numéro de registre': 'register', 'رقم السجل': 'register',
};

function headerKey(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** A person from the parts of one line; a problem if the name is missing or the birth unreadable. */
function personOf(line: number, parts: Partial<Record<Column, string>>): Result<SeenPerson, RollCallProblem> {
  const name = parts.name?.trim() ?? '';
  const register = parts.register?.trim() ?? '';
  const father = parts.father?.trim() ?? '';
  const birth = parts.birth?.trim() ?? '';
  if (name === '' && register === '') return err({ code: 'no-name', line });
  if (birth !== '' && parseBirth(birth) === undefined) return err({ code: 'bad-birth', line });
  return ok({
    line, name,
    ...(father === '' ? {} : { father }),
    ...(birth === '' ? {} : { birth }),
    ...(register === '' ? {} : { registerNumber: register }),
  });
}

/** All people, or every problem found (not only the first). */
function collect(results: readonly Result<SeenPerson, RollCallProblem>[]): Result<SeenPerson[], RollCallProblem[]> {
  const problems = results.flatMap((result) => (result.ok ? [] : [result.error]));
  if (problems.length > 0) return err(problems);
  const people = results.flatMap((result) => (result.ok ? [result.value] : []));
  if (people.length === 0) return err([{ code: 'empty', line: 1 }]);
  if (people.length > ROLL_CALL_MAX_PEOPLE) return err([{ code: 'too-many-rows', line: ROLL_CALL_MAX_PEOPLE + 1 }]);
  return ok(people);
}

/**
 * A typed list: one person per line, the name first; optionally the father's name and the
 * birth year or date after semicolons (`Ahmed Hassan; Ali; 1990`). A line that is a
 * register number alone (`CRP-000012`) names the entry by its number.
 */
export function parseTypedList(text: string): Result<SeenPerson[], RollCallProblem[]> {
  const results = text.split(/\r\n|\r|\n/).flatMap((raw, index) => {
    if (raw.trim() === '') return [];
    const [name = '', father, birth] = raw.split(/[;؛]/);
    if (parseRegisterNumber(name.trim()) !== undefined && father === undefined) return [personOf(index + 1, { register: name })];
    return [personOf(index + 1, { name, ...(father === undefined ? {} : { father }), ...(birth === undefined ? {} : { birth }) })];
  });
  return collect(results);
}

/** The column of each header, or a problem. */
function columnsOf(header: readonly string[], line: number): Result<Column[], RollCallProblem> {
  const columns: Column[] = [];
  for (const text of header) {
    const column = HEADERS[headerKey(text)];
    if (column === undefined) return err({ code: 'unknown-column', line, column: text.trim() });
    if (columns.includes(column)) return err({ code: 'duplicate-column', line, column: text.trim() });
    columns.push(column);
  }
  if (!columns.includes('name') && !columns.includes('register')) return err({ code: 'no-name-column', line });
  return ok(columns);
}

/** A CSV file with a header line naming its columns: name (or register number), and optionally father and birth. */
export function parseRollCallCsv(text: string): Result<SeenPerson[], RollCallProblem[]> {
  const parsed = parseCsv(text);
  if (!parsed.ok) return err([parsed.error]);
  const [header, ...rows] = parsed.value;
  if (header === undefined) return err([{ code: 'empty', line: 1 }]);
  const columns = columnsOf(header.fields, header.line);
  if (!columns.ok) return err([columns.error]);
  const results = rows.map((row): Result<SeenPerson, RollCallProblem> => {
    if (row.fields.length !== columns.value.length) return err({ code: 'field-count', line: row.line });
    const parts: Partial<Record<Column, string>> = {};
    columns.value.forEach((column, index) => {
      parts[column] = row.fields[index] ?? '';
    });
    return personOf(row.line, parts);
  });
  return collect(results);
}
