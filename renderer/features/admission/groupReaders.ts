/**
 * Fields made of parts (an examination's time and examiner, a contact's name and address)
 * and repeatable groups (documents, property, children). A group with nothing typed reads
 * as unknown; one typed in part names the part still missing; blank rows are left out.
 */
import type { Known } from '@shared/custody/known';
import { LONG_TEXT_MAX_CHARS } from '@shared/custody/events/common';
import type { DraftRow } from './admissionDraft';
import { isBlankRow } from './admissionDraft';
import type { ListId } from './formFields';
import type { DraftReader } from './readers';
import { cleanInput, knownText, readChoice, readInstant, readText, reasonKnown } from './readers';

const UNKNOWN = { unknown: 'unknown' } as const;

/** Where each written list item was typed: payload index → row index on screen (blank rows are skipped). */
export type RowPlaces = Partial<Record<ListId, number[]>>;

/** A reader whose paths are under `prefix` (`family.nextOfKin.` → `name`). */
export function scoped(reader: DraftReader, prefix: string): DraftReader {
  return {
    get: (path) => reader.get(`${prefix}${path}`),
    reason: (path) => reader.reason(`${prefix}${path}`),
    report: (problem) => {
      reader.report({ ...problem, path: `${prefix}${problem.path}` });
    },
    timeZone: reader.timeZone,
  };
}

/** Whether every input of the parts is blank and without a reason (a time is two inputs). */
function allBlank(reader: DraftReader, parts: readonly string[]): boolean {
  return parts.every((part) => cleanInput(reader.get(part)) === '' && reader.reason(part) === undefined);
}

/**
 * A Known made of parts: the field's reason if it has one, unknown when nothing is typed,
 * else what `build` reads (undefined from `build` means a part was wrong or missing).
 */
export function knownGroup<T>(reader: DraftReader, path: string, inputs: readonly string[], build: (parts: DraftReader) => T | undefined): Known<T> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const parts = scoped(reader, `${path}.`);
  if (allBlank(parts, inputs)) return UNKNOWN;
  const value = build(parts);
  return value === undefined ? UNKNOWN : { value };
}

/** A part the group cannot do without; its absence is noted. */
export function requiredText(parts: DraftReader, part: string, max?: number): string | undefined {
  const text = readText(parts, part, max);
  if (text === undefined && cleanInput(parts.get(part)) === '') parts.report({ code: 'part-missing', path: part });
  return text;
}

export function requiredChoice<T extends string>(parts: DraftReader, part: string, options: readonly T[]): T | undefined {
  const value = readChoice(parts, part, options);
  if (value === undefined) parts.report({ code: 'part-missing', path: part });
  return value;
}

/** A time the group cannot do without. */
export function requiredInstant(parts: DraftReader, part: string): string | undefined {
  const reading = readInstant(parts, part);
  if (reading.state === 'blank') parts.report({ code: 'part-missing', path: part });
  return reading.state === 'ok' ? reading.iso : undefined;
}

/** Builds only when every part read well: `undefined` in the list means a part was wrong. */
export function allRead<T>(values: readonly unknown[], build: () => T): T | undefined {
  return values.includes(undefined) ? undefined : build();
}

/** A present/absent finding with its description. */
export function knownFinding(reader: DraftReader, path: string): Known<{ present: boolean; description?: string }> {
  return knownGroup(reader, path, ['present', 'description'], (parts) => {
    const present = requiredChoice(parts, 'present', ['yes', 'no'] as const);
    const description = readText(parts, 'description', LONG_TEXT_MAX_CHARS);
    if (present === undefined) return undefined;
    return description === undefined ? { present: present === 'yes' } : { present: present === 'yes', description };
  });
}

/** A person to contact: a name, and what else is known of them. */
export function knownContact(reader: DraftReader, path: string) {
  return knownGroup(reader, path, ['name', 'relationship', 'address', 'phone'], (parts) => {
    const relationship = knownText(parts, 'relationship');
    const address = knownText(parts, 'address', LONG_TEXT_MAX_CHARS);
    const phone = knownText(parts, 'phone');
    const name = requiredText(parts, 'name');
    return name === undefined ? undefined : { name, relationship, address, phone };
  });
}

/**
 * A repeatable group: its reason, `[]` for "none", or its rows (blank ones left out).
 * Notes where each item was typed in `places`; unknown if any row was wrong.
 */
export function knownRows<T>(
  reader: DraftReader,
  list: ListId,
  rows: readonly DraftRow[],
  places: RowPlaces,
  readRow: (row: DraftReader) => T | undefined,
): Known<T[]> {
  const reason = reasonKnown(reader, list);
  if (reason !== undefined) return reason;
  if (reader.reason(list) === 'none') return { value: [] };
  const read = rows.flatMap((row, index) => {
    if (isBlankRow(row)) return [];
    const rowReader: DraftReader = {
      get: (part) => row.values[part] ?? '',
      reason: (part) => row.reasons[part],
      report: (problem) => {
        reader.report({ ...problem, path: `${list}.${String(index)}.${problem.path}` });
      },
      timeZone: reader.timeZone,
    };
    return [{ item: readRow(rowReader), index }];
  });
  places[list] = read.map(({ index }) => index);
  const items = read.map(({ item }) => item);
  if (items.length === 0 || items.includes(undefined)) return UNKNOWN;
  return { value: items as T[] };
}
