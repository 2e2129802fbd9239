/**
 * Wall-clock times in a named time zone. A registrar types the date and hour as the clock
 * on the facility's wall shows them; the instant stored keeps that zone's offset (design
 * §4.4: UTC instant with the entered offset kept), so the local calendar day a birth date
 * or a deadline is compared with stays the one the registrar meant. Offsets come from
 * Intl, so daylight-saving changes are respected. Pure: no clock, no DOM.
 */

const OFFSET = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE_MS = 60_000;

/** A local date (`YYYY-MM-DD`) and time (`hh:mm`) as typed into date and time inputs. */
export type LocalDateTime = { readonly date: string; readonly time: string };

/** The zone's offset from UTC at an instant, in minutes (east positive). Throws a RangeError for an unknown zone. */
export function zoneOffsetMinutes(timeZone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-u-nu-latn', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instantMs);
  const match = OFFSET.exec(parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT');
  if (match?.[1] === undefined) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? 0));
}

/** `+hh:mm` / `-hh:mm` for an offset in minutes. */
function offsetLabel(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** Milliseconds of a wall-clock date and time read as if it were UTC, or undefined if it is no real date. */
function wallClockMs({ date, time }: LocalDateTime): number | undefined {
  const day = DATE.exec(date);
  const clock = TIME.exec(time);
  if (day === null || clock === null) return undefined;
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  const ms = Date.UTC(year, month - 1, dayOfMonth, Number(clock[1]), Number(clock[2]));
  const check = new Date(ms);
  // Date.UTC rolls 31 February over into March; such a date was mistyped, not meant.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== dayOfMonth) return undefined;
  return ms;
}

/** `YYYY-MM-DDThh:mm:00` of a wall-clock reading kept as UTC milliseconds. */
function wallClockText(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 16)}:00`;
}

/**
 * The instant a wall-clock date and time in `timeZone` stands for, as ISO 8601 with the
 * zone's offset at that instant (e.g. `2025-03-01T14:30:00+01:00`); undefined when the date
 * or time is malformed or no real calendar date. A time skipped by a daylight-saving change
 * is read with the offset before the change, and written as the wall-clock time it became.
 */
export function zonedInstant(local: LocalDateTime, timeZone: string): string | undefined {
  const wall = wallClockMs(local);
  if (wall === undefined) return undefined;
  const guess = wall - zoneOffsetMinutes(timeZone, wall) * MINUTE_MS;
  const offset = zoneOffsetMinutes(timeZone, guess);
  const instantMs = wall - offset * MINUTE_MS;
  const actualOffset = zoneOffsetMinutes(timeZone, instantMs);
  return `${wallClockText(instantMs + actualOffset * MINUTE_MS)}${offsetLabel(actualOffset)}`;
}

/** The wall-clock date and time (to the minute) of an instant in `timeZone`, as date and time inputs take them. */
export function localDateTimeOf(instantMs: number, timeZone: string): LocalDateTime {
  const text = wallClockText(instantMs + zoneOffsetMinutes(timeZone, instantMs) * MINUTE_MS);
  return { date: text.slice(0, 10), time: text.slice(11, 16) };
}
