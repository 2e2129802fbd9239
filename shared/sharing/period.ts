/**
 * The period shared statistics and reports cover, as calendar days where the facility is:
 * "1 March" is 1 March on the facility's wall clock, whatever the adviser's laptop says.
 */
import { localDateTimeOf, zonedInstant } from '../util/zonedTime';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A period by its first and last day (`YYYY-MM-DD`), both included. */
export type CalendarPeriod = { readonly from: string; readonly to: string };

/** What is wrong with a period. */
export type CalendarPeriodProblem = 'from-invalid' | 'to-invalid' | 'order';

/** The day `days` after (before, if negative) a day. */
export function addCalendarDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, (day ?? 1) + days)).toISOString().slice(0, 10);
}

function isCalendarDate(text: string): boolean {
  return DATE.test(text) && addCalendarDays(text, 0) === text;
}

/** What is wrong with a period, or undefined when it is usable. */
export function calendarPeriodProblem(period: CalendarPeriod): CalendarPeriodProblem | undefined {
  if (!isCalendarDate(period.from)) return 'from-invalid';
  if (!isCalendarDate(period.to)) return 'to-invalid';
  return period.from > period.to ? 'order' : undefined;
}

function dayStartMs(date: string, timeZone: string): number {
  return Date.parse(zonedInstant({ date, time: '00:00' }, timeZone) ?? `${date}T00:00:00Z`);
}

/** The instants a valid period starts and ends (exclusive: the start of the day after `to`). */
export function periodBounds(period: CalendarPeriod, timeZone: string): { startMs: number; endMs: number } {
  return { startMs: dayStartMs(period.from, timeZone), endMs: dayStartMs(addCalendarDays(period.to, 1), timeZone) };
}

/** Today where the facility (or the adviser) is. */
export function todayIn(nowMs: number, timeZone: string): string {
  return localDateTimeOf(nowMs, timeZone).date;
}

/** The last `days` days up to and including today. */
export function lastCalendarDays(days: number, nowMs: number, timeZone: string): CalendarPeriod {
  const to = todayIn(nowMs, timeZone);
  return { from: addCalendarDays(to, 1 - days), to };
}
