/**
 * Reading typed inputs as payload values. A field with a reason reads as that Known
 * reason; a blank field reads as `unknown` (never blank: domain.md §1.2), so an urgent
 * admission is written at once and its gaps listed; a field typed wrongly (a date that
 * does not exist, a number with letters) is a form problem and blocks the admission.
 */
import type { Known } from '@shared/custody/known';
import { LONG_TEXT_MAX_CHARS, MAX_LIST_ITEMS, SHORT_TEXT_MAX_CHARS } from '@shared/custody/events/common';
import { asciiDigits, cleanText, textProblem } from '@shared/util/text';
import { zonedInstant } from '@shared/util/zonedTime';
import type { AnswerReason } from './admissionDraft';

/** Why typed input cannot be recorded as it stands. */
export const FORM_PROBLEM_CODES = [
  'required',
  'too-long',
  'control',
  'bad-date',
  'bad-time',
  'date-without-time',
  'time-without-date',
  'bad-number',
  'part-missing',
  'too-many',
] as const;
export type FormProblemCode = (typeof FORM_PROBLEM_CODES)[number];
/** A problem with typed input, at the input path it concerns; `limit` for too-long and number ranges. */
export type FormProblem = { readonly code: FormProblemCode; readonly path: string; readonly limit?: number; readonly min?: number };

/** Where a reader takes its inputs from, and where it notes problems (path-prefixed for rows of a group). */
export type DraftReader = {
  readonly get: (path: string) => string;
  readonly reason: (path: string) => AnswerReason | undefined;
  readonly report: (problem: FormProblem) => void;
  readonly timeZone: string;
};

const UNKNOWN = { unknown: 'unknown' } as const;
const LIST_SEPARATOR = /[,،;؛\n]/u;

/** The Known a field's reason gives it, or undefined when it has none (or `none`, which lists answer with []). */
export function reasonKnown(reader: DraftReader, path: string): { unknown: Exclude<AnswerReason, 'none'> } | undefined {
  const reason = reader.reason(path);
  return reason === undefined || reason === 'none' ? undefined : { unknown: reason };
}

/** Cleaned text, line breaks in descriptions read as spaces (payload text holds no control characters). */
export function cleanInput(value: string, isLong = false): string {
  return cleanText(isLong ? value.replace(/[\r\n\t]+/g, ' ') : value);
}

/** Text of at most `max`, or undefined when blank or refused (the problem noted). */
export function readText(reader: DraftReader, path: string, max = SHORT_TEXT_MAX_CHARS): string | undefined {
  const text = cleanInput(reader.get(path), max > SHORT_TEXT_MAX_CHARS);
  if (text === '') return undefined;
  const problem = textProblem(text, max);
  if (problem === null) return text;
  reader.report(problem === 'too-long' ? { code: problem, path, limit: max } : { code: problem === 'required' ? 'required' : 'control', path });
  return undefined;
}

export function knownText(reader: DraftReader, path: string, max = SHORT_TEXT_MAX_CHARS): Known<string> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const text = readText(reader, path, max);
  return text === undefined ? UNKNOWN : { value: text };
}

export function knownLongText(reader: DraftReader, path: string): Known<string> {
  return knownText(reader, path, LONG_TEXT_MAX_CHARS);
}

/** Text a payload requires (no unknown choice): blank is a problem. */
export function plainText(reader: DraftReader, path: string, max = SHORT_TEXT_MAX_CHARS): string {
  const text = readText(reader, path, max);
  if (text === undefined && cleanInput(reader.get(path)) === '') reader.report({ code: 'required', path });
  return text ?? '';
}

/** One of `options`, or undefined when nothing (or something else) was chosen. */
export function readChoice<T extends string>(reader: DraftReader, path: string, options: readonly T[]): T | undefined {
  const value = reader.get(path);
  return (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

export function knownChoice<T extends string>(reader: DraftReader, path: string, options: readonly T[]): Known<T> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const value = readChoice(reader, path, options);
  return value === undefined ? UNKNOWN : { value };
}

export function knownYesNo(reader: DraftReader, path: string): Known<boolean> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const value = readChoice(reader, path, ['yes', 'no'] as const);
  return value === undefined ? UNKNOWN : { value: value === 'yes' };
}

/** A whole number from `min` to `max`, Arabic-Indic digits accepted; undefined when blank or wrong (noted). */
export function readInteger(reader: DraftReader, path: string, min: number, max: number): number | undefined {
  const text = asciiDigits(reader.get(path)).trim();
  if (text === '') return undefined;
  const number = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isNaN(number) || number < min || number > max) {
    reader.report({ code: 'bad-number', path, min, limit: max });
    return undefined;
  }
  return number;
}

export function knownInteger(reader: DraftReader, path: string, min: number, max: number): Known<number> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const number = readInteger(reader, path, min, max);
  return number === undefined ? UNKNOWN : { value: number };
}

/** Items typed in one input, separated by commas (Latin or Arabic), semicolons or lines. */
export function knownTextList(reader: DraftReader, path: string): Known<string[]> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  if (reader.reason(path) === 'none') return { value: [] };
  const items = reader.get(path).split(LIST_SEPARATOR).map((item) => cleanInput(item)).filter((item) => item !== '');
  if (items.length === 0) return UNKNOWN;
  if (items.length > MAX_LIST_ITEMS) {
    reader.report({ code: 'too-many', path, limit: MAX_LIST_ITEMS });
    return UNKNOWN;
  }
  const [problem] = items.map((item) => textProblem(item, SHORT_TEXT_MAX_CHARS)).filter((found) => found !== null);
  if (problem === undefined) return { value: items };
  reader.report(problem === 'too-long' ? { code: problem, path, limit: SHORT_TEXT_MAX_CHARS } : { code: 'control', path });
  return UNKNOWN;
}

/** Outcome of reading a date and time pair. */
export type InstantReading = { state: 'blank' } | { state: 'bad' } | { state: 'ok'; iso: string };

/** A local date and time (`<path>.date`, `<path>.time`) in the facility's zone; problems noted at `path`. */
export function readInstant(reader: DraftReader, path: string): InstantReading {
  const date = reader.get(`${path}.date`).trim();
  const time = asciiDigits(reader.get(`${path}.time`)).trim();
  if (date === '' && time === '') return { state: 'blank' };
  if (time === '') reader.report({ code: 'date-without-time', path });
  else if (date === '') reader.report({ code: 'time-without-date', path });
  if (date === '' || time === '') return { state: 'bad' };
  const iso = zonedInstant({ date, time: time.slice(0, 5) }, reader.timeZone);
  if (iso !== undefined) return { state: 'ok', iso };
  reader.report({ code: /^\d{2}:\d{2}/.test(time) ? 'bad-date' : 'bad-time', path });
  return { state: 'bad' };
}

export function knownInstant(reader: DraftReader, path: string): Known<string> {
  const reason = reasonKnown(reader, path);
  if (reason !== undefined) return reason;
  const reading = readInstant(reader, path);
  return reading.state === 'ok' ? { value: reading.iso } : UNKNOWN;
}

/** An instant the payload requires: blank is a problem. */
export function plainInstant(reader: DraftReader, path: string): string {
  const reading = readInstant(reader, path);
  if (reading.state === 'blank') reader.report({ code: 'required', path });
  return reading.state === 'ok' ? reading.iso : '';
}
