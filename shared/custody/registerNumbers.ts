/**
 * Register numbers (design §4.3): each installation numbers its custody records 1, 2, 3 …
 * under its own prefix, like the numbered pages of a bound register. A number is never
 * reused, even when its admission is voided, and a gap in a series is an audit finding.
 */
import { MAX_REGISTER_NUMBER, REGISTER_PREFIX_PATTERN } from './events/admission';

/** Digits a register number is padded to, so numbers sort as text too. */
export const REGISTER_NUMBER_DIGITS = 6;

/** A register number: the series prefix and the number in it. */
export type RegisterNumber = { readonly prefix: string; readonly number: number };

/** A run of missing numbers, both ends included. */
export type RegisterGap = { readonly from: number; readonly to: number };

const FORMATTED = /^([A-Z0-9]{1,8})-(\d{1,8})$/;

function assertNumber(n: number): void {
  if (!Number.isInteger(n) || n < 1 || n > MAX_REGISTER_NUMBER) {
    throw new RangeError(`register number out of range: ${n}`);
  }
}

/**
 * The printed form, e.g. `CRP-000042`.
 * @throws RangeError for a malformed prefix or a number out of range
 */
export function formatRegisterNumber(prefix: string, n: number): string {
  if (!REGISTER_PREFIX_PATTERN.test(prefix)) throw new RangeError('register prefix must be 1–8 of A–Z, 0–9');
  assertNumber(n);
  return `${prefix}-${String(n).padStart(REGISTER_NUMBER_DIGITS, '0')}`;
}

/** The prefix and number of a printed register number (case-insensitive), or undefined. */
export function parseRegisterNumber(text: string): RegisterNumber | undefined {
  const match = FORMATTED.exec(text.trim().toUpperCase());
  if (!match?.[1] || !match[2]) return undefined;
  const number = Number(match[2]);
  return number >= 1 && number <= MAX_REGISTER_NUMBER ? { prefix: match[1], number } : undefined;
}

/** The number after the highest one used (1 for an empty series). Never fills a gap. */
export function nextRegisterNumber(used: Iterable<number>): number {
  let highest = 0;
  for (const n of used) if (n > highest) highest = n;
  if (highest >= MAX_REGISTER_NUMBER) throw new RangeError('register series is full');
  return highest + 1;
}

/**
 * The runs of numbers missing between 1 and the highest number used, in order. The
 * input may be unsorted and hold duplicates (see duplicateRegisterNumbers).
 */
export function registerGaps(numbers: Iterable<number>): RegisterGap[] {
  const sorted = [...new Set(numbers)].filter((n) => Number.isInteger(n) && n >= 1).sort((a, b) => a - b);
  const gaps: RegisterGap[] = [];
  let expected = 1;
  for (const n of sorted) {
    if (n > expected) gaps.push({ from: expected, to: n - 1 });
    expected = n + 1;
  }
  return gaps;
}

/** Numbers used more than once, in order: two records with one number is a finding too. */
export function duplicateRegisterNumbers(numbers: Iterable<number>): number[] {
  const seen = new Set<number>();
  const duplicates = new Set<number>();
  for (const n of numbers) {
    if (seen.has(n)) duplicates.add(n);
    seen.add(n);
  }
  return [...duplicates].sort((a, b) => a - b);
}
