/**
 * Time helpers for the synthetic facility: instants written with the facility's UTC
 * offset. A million events are formatted per run, so dates are cached per day and the
 * time of day is built from integers instead of through Date.
 */

/** Milliseconds in an hour. */
export const HOUR_MS = 3_600_000;
/** Milliseconds in a day. */
export const DAY_MS = 24 * HOUR_MS;

const TWO_DIGITS = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const DAY_CACHE = new Map<number, string>();
const DAY_CACHE_MAX_ENTRIES = 20_000;

/** `+hh:mm` / `-hh:mm` for an offset in minutes. */
export function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** The `YYYY-MM-DD` of a day number (days since 1970-01-01), cached: the generator revisits the same days. */
function dayText(day: number): string {
  let text = DAY_CACHE.get(day);
  if (text === undefined) {
    text = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (DAY_CACHE.size >= DAY_CACHE_MAX_ENTRIES) DAY_CACHE.clear();
    DAY_CACHE.set(day, text);
  }
  return text;
}

/** `YYYY-MM-DDThh:mm:ss` of an instant, in UTC, to the second. */
function secondsText(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  const secondOfDay = Math.floor((ms - day * DAY_MS) / 1000);
  const hours = Math.floor(secondOfDay / 3600);
  const minutes = Math.floor((secondOfDay % 3600) / 60);
  const seconds = secondOfDay % 60;
  return `${dayText(day)}T${TWO_DIGITS[hours] ?? '00'}:${TWO_DIGITS[minutes] ?? '00'}:${TWO_DIGITS[seconds] ?? '00'}`;
}

/** An instant as the facility writes it: local time with its offset, to the second. */
export function atOffset(ms: number, offsetMinutes: number): string {
  return `${secondsText(ms + offsetMinutes * 60_000)}${offsetLabel(offsetMinutes)}`;
}

/** A UTC calendar date `YYYY-MM-DD`. */
export function utcDate(ms: number): string {
  return dayText(Math.floor(ms / DAY_MS));
}
