/**
 * The period the statistics cover, as calendar days where the facility is: "27 November"
 * means 27 November on the facility's wall clock, whatever the laptop's zone.
 */
import type { PopulationPeriod } from '@shared/custody/population';
import { localDateTimeOf, zonedInstant } from '@shared/util/zonedTime';

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Longest period shown: a year and a day, so "the last 12 months" always fits. */
export const MAX_PERIOD_DAYS = 367;

/** A chosen period, by its first and last calendar day (`YYYY-MM-DD`), both included. */
export type PeriodChoice = { readonly from: string; readonly to: string };

/** Why a period cannot be shown. */
export type PeriodProblem = 'from-invalid' | 'to-invalid' | 'order' | 'too-long';

/** The calendar day `days` after (or before, when negative) a day. */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

function isDate(text: string): boolean {
  return DATE.test(text) && addDays(text, 0) === text;
}

/** Today where the facility is. */
export function facilityToday(nowMs: number, timeZone: string): string {
  return localDateTimeOf(nowMs, timeZone).date;
}

/** The last `days` days up to and including today. */
export function lastDays(days: number, nowMs: number, timeZone: string): PeriodChoice {
  const to = facilityToday(nowMs, timeZone);
  return { from: addDays(to, 1 - days), to };
}

/** Number of days in a period, both ends included. */
export function periodLength({ from, to }: PeriodChoice): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** What is wrong with a period, or undefined when it can be shown. */
export function periodProblem(choice: PeriodChoice): PeriodProblem | undefined {
  if (!isDate(choice.from)) return 'from-invalid';
  if (!isDate(choice.to)) return 'to-invalid';
  if (choice.from > choice.to) return 'order';
  return periodLength(choice) > MAX_PERIOD_DAYS ? 'too-long' : undefined;
}

function dayStartMs(date: string, timeZone: string): number {
  return Date.parse(zonedInstant({ date, time: '00:00' }, timeZone) ?? `${date}T00:00:00Z`);
}

/** The days of a valid period with the instant each starts in the zone. */
export function periodDays(choice: PeriodChoice, timeZone: string): PopulationPeriod {
  const length = periodLength(choice);
  const days = Array.from({ length }, (_, index) => {
    const key = addDays(choice.from, index);
    return { key, startMs: dayStartMs(key, timeZone) };
  });
  return { days, endMs: dayStartMs(addDays(choice.to, 1), timeZone) };
}
