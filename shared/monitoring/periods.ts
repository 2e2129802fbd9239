/**
 * The periods a monitoring comparison puts side by side (issue P6 item 7): a baseline and
 * a comparison period, as calendar days where each facility is (shared/sharing/period.ts),
 * and the calendar months a chart steps through. Counts of events (alerts raised) are only
 * comparable between periods of the same length, so the presets build equal lengths.
 */
import type { CalendarPeriod } from '../sharing/period';
import { addCalendarDays } from '../sharing/period';

/** A baseline (A) and the period compared with it (B). */
export type ComparisonPeriods = { readonly baseline: CalendarPeriod; readonly comparison: CalendarPeriod };

/** Most months a chart shows; a longer span shows its last months. */
export const MAX_SERIES_MONTHS = 60;

const DAY_MS = 86_400_000;

/** Days in a period, both ends included. */
export function periodLengthDays({ from, to }: CalendarPeriod): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** The first day of the month `months` after (before, if negative) the month of `date`. */
function monthStart(date: string, months = 0): string {
  const [year, month] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1 + months, 1)).toISOString().slice(0, 10);
}

/** The calendar quarter (January–March …) holding a day. */
export function quarterOf(date: string): CalendarPeriod {
  const month = Number(date.slice(5, 7));
  const from = monthStart(date, -((month - 1) % 3));
  return { from, to: addCalendarDays(monthStart(from, 3), -1) };
}

/** The last complete calendar quarter before `today`, against the quarter before it. */
export function lastQuarters(today: string): ComparisonPeriods {
  const current = quarterOf(today);
  const comparison = quarterOf(addCalendarDays(current.from, -1));
  const baseline = quarterOf(addCalendarDays(comparison.from, -1));
  return { baseline, comparison };
}

/**
 * Since support began: from its first day up to today, against as many days just before
 * it. Undefined when support begins after today.
 */
export function sinceSupport(start: string, today: string): ComparisonPeriods | undefined {
  if (start > today) return undefined;
  const comparison = { from: start, to: today };
  const days = periodLengthDays(comparison);
  return { baseline: { from: addCalendarDays(start, -days), to: addCalendarDays(start, -1) }, comparison };
}

/** Whether two periods differ in length by more than a tenth, so counts of events in them do not compare. */
export function lengthsDiffer(a: CalendarPeriod, b: CalendarPeriod): boolean {
  const lengthA = periodLengthDays(a);
  const lengthB = periodLengthDays(b);
  return Math.abs(lengthA - lengthB) > Math.max(lengthA, lengthB) / 10;
}

/** The calendar months from the first day of `span` to its last, the first and last cut to the span; at most MAX_SERIES_MONTHS, the latest kept. */
export function monthsOf(span: CalendarPeriod): CalendarPeriod[] {
  const months: CalendarPeriod[] = [];
  for (let start = monthStart(span.from); start <= span.to; start = monthStart(start, 1)) {
    const end = addCalendarDays(monthStart(start, 1), -1);
    months.push({ from: start < span.from ? span.from : start, to: end > span.to ? span.to : end });
  }
  return months.slice(-MAX_SERIES_MONTHS);
}

/** The span covering both periods, for the charts. */
export function spanOf({ baseline, comparison }: ComparisonPeriods): CalendarPeriod {
  return {
    from: baseline.from < comparison.from ? baseline.from : comparison.from,
    to: baseline.to > comparison.to ? baseline.to : comparison.to,
  };
}
