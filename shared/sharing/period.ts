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

/**
 * How an adviser chooses a period: a preset ending today, a start date up to today, or two
 * dates. "Last quarter" is the last complete calendar quarter, the period donors report on.
 */
export const PERIOD_PRESETS = ['last-30-days', 'last-quarter', 'last-12-months', 'since', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** A chosen period: its preset and the dates as typed (for a fixed preset, the dates it gave). */
export type PeriodChoice = { readonly preset: PeriodPreset; readonly from: string; readonly to: string };

/** What is wrong with a chosen period: a date problem, or a date after today. */
export type PeriodChoiceProblem = CalendarPeriodProblem | 'from-future' | 'to-future';

export function isPeriodPreset(text: string | null | undefined): text is PeriodPreset {
  return PERIOD_PRESETS.some((preset) => preset === text);
}

/** The same day `months` months later (earlier, if negative), or the month's last day when it has no such day. */
export function addCalendarMonths(date: string, months: number): string {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(day, lastDay))).toISOString().slice(0, 10);
}

/** The last complete calendar quarter before the one `today` is in. */
export function previousQuarter(today: string): CalendarPeriod {
  const [year = 1970, month = 1] = today.split('-').map(Number);
  const quarterStart = `${String(year).padStart(4, '0')}-${String(month - ((month - 1) % 3)).padStart(2, '0')}-01`;
  return { from: addCalendarMonths(quarterStart, -3), to: addCalendarDays(quarterStart, -1) };
}

/** The period a choice stands for on `today`: presets end today (or with the last quarter), custom periods are as typed. */
export function resolvePeriodChoice(choice: PeriodChoice, today: string): CalendarPeriod {
  switch (choice.preset) {
    case 'last-30-days':
      return { from: addCalendarDays(today, -29), to: today };
    case 'last-quarter':
      return previousQuarter(today);
    case 'last-12-months':
      return { from: addCalendarDays(addCalendarMonths(today, -12), 1), to: today };
    case 'since':
      return { from: choice.from, to: today };
    case 'custom':
      return { from: choice.from, to: choice.to };
  }
}

/** What is wrong with a chosen period on `today`, or undefined when it can be reported on. */
export function periodChoiceProblem(choice: PeriodChoice, today: string): PeriodChoiceProblem | undefined {
  const period = resolvePeriodChoice(choice, today);
  const problem = calendarPeriodProblem(period);
  if (problem === 'from-invalid' || problem === 'to-invalid') return problem;
  if (period.from > today) return 'from-future';
  if (period.to > today) return 'to-future';
  return problem;
}

/**
 * The choice a saved period (an address, a printed report reopened) stands for today: its
 * preset while the preset still gives the same dates, otherwise the dates themselves, so
 * that a report reopened later covers the same days as when it was printed.
 */
export function choiceOfPeriod(preset: PeriodPreset | undefined, period: CalendarPeriod, today: string): PeriodChoice {
  const { from, to } = period;
  const resolved = resolvePeriodChoice({ preset: preset ?? 'custom', from, to }, today);
  return { preset: resolved.from === from && resolved.to === to ? (preset ?? 'custom') : 'custom', from, to };
}
