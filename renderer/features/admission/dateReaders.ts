/**
 * Calendar dates typed in the form: a birth date of which only the year, or the year and
 * month, may be known (shared/custody partialDate: a full date is never invented), and
 * plain calendar dates such as a detention order's.
 */
import type { Known } from '@shared/custody/known';
import { asciiDigits } from '@shared/util/text';
import type { DraftReader } from './readers';
import { reasonKnown } from './readers';

const UNKNOWN = { unknown: 'unknown' } as const;
const EARLIEST_YEAR = 1880;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function numberIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const number = Number(text);
  return number >= min && number <= max ? number : undefined;
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the day, month and year typed; undefined when blank or impossible. */
export function readPartialDate(reader: DraftReader, path: string): string | undefined {
  const [yearText, monthText, dayText] = ['year', 'month', 'day'].map((part) => asciiDigits(reader.get(`${path}.${part}`)).trim()) as [string, string, string];
  if (yearText === '' && monthText === '' && dayText === '') return undefined;
  const year = numberIn(yearText, EARLIEST_YEAR, 9999);
  const month = monthText === '' ? undefined : numberIn(monthText, 1, 12);
  const day = dayText === '' ? undefined : numberIn(dayText, 1, 31);
  const isWellFormed =
    year !== undefined &&
    (monthText === '' || month !== undefined) &&
    (dayText === '' || (day !== undefined && month !== undefined && isRealDate(year, month, day)));
  if (!isWellFormed) {
    reader.report({ code: 'bad-date', path });
    return undefined;
  }
  if (month === undefined) return pad(year, 4);
  return day === undefined ? `${pad(year, 4)}-${pad(month)}` : `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function knownPartialDate(reader: DraftReader, path: string): Known<string> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const date = readPartialDate(reader, path);
  return date === undefined ? UNKNOWN : { value: date };
}

/** A calendar date as a date input gives it (`YYYY-MM-DD`). */
export function knownCalendarDate(reader: DraftReader, path: string): Known<string> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const text = asciiDigits(reader.get(path)).trim();
  if (text === '') return UNKNOWN;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match === null || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    reader.report({ code: 'bad-date', path });
    return UNKNOWN;
  }
  return { value: text };
}
