/**
 * Between a `datetime-local` input (a wall-clock time where the facility is) and the
 * instant the ledger stores, ISO 8601 with the zone's offset kept (design §4.4). The
 * facility's zone decides, not the laptop's. A thin layer over shared/util/zonedTime for
 * the single-input form of date and time.
 */
import { localDateTimeOf, zonedInstant } from '@shared/util/zonedTime';

const LOCAL = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})$/;

/** The instant of a local `YYYY-MM-DDTHH:mm` in the zone (`2026-11-26T10:00:00+03:00`), or undefined if malformed. */
export function localInputToInstant(local: string, timeZone: string): string | undefined {
  const match = LOCAL.exec(local);
  if (match?.[1] === undefined || match[2] === undefined) return undefined;
  return zonedInstant({ date: match[1], time: match[2] }, timeZone);
}

/** The local `YYYY-MM-DDTHH:mm` of an instant in the zone, for a `datetime-local` input. */
export function instantToLocalInput(instant: string | number, timeZone: string): string {
  const { date, time } = localDateTimeOf(typeof instant === 'number' ? instant : Date.parse(instant), timeZone);
  return `${date}T${time}`;
}
