/**
 * The admitted-date filter's days as instants: "admitted from 3 March" means from the
 * first minute of 3 March on the facility's clock, whatever the laptop's own zone is.
 */
import { zonedInstant } from '@shared/util/zonedTime';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayStartMs(date: string, timeZone: string): number | undefined {
  const instant = zonedInstant({ date, time: '00:00' }, timeZone);
  return instant === undefined ? undefined : Date.parse(instant);
}

/** The first instant of a calendar day (`YYYY-MM-DD`) in the zone; undefined for '' or a malformed day. */
export function startOfDayMs(date: string, timeZone: string): number | undefined {
  return date === '' ? undefined : dayStartMs(date, timeZone);
}

/** The last millisecond of a calendar day in the zone: just before the next day starts there. */
export function endOfDayMs(date: string, timeZone: string): number | undefined {
  const match = DAY.exec(date);
  if (match === null || dayStartMs(date, timeZone) === undefined) return undefined;
  const next = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1)).toISOString().slice(0, 10);
  const start = dayStartMs(next, timeZone);
  return start === undefined ? undefined : start - 1;
}
