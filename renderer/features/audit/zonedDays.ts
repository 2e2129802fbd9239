/**
 * Calendar days in the facility's time zone as UTC instants, so "recorded on 3 March"
 * means 3 March where the facility is, whatever the laptop's zone. Offsets come from
 * Intl, so daylight-saving changes are respected.
 */

const DAY_MS = 86_400_000;
const OFFSET = /GMT(?:([+-])(\d{1,2})(?::(\d{2}))?)?/;

/** The zone's offset from UTC at an instant, in ms (east positive). */
export function zoneOffsetMs(timeZone: string, instantMs: number): number {
  const parts = new Intl.DateTimeFormat('en-u-nu-latn', { timeZone, timeZoneName: 'longOffset' }).formatToParts(instantMs);
  const match = OFFSET.exec(parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT');
  if (match?.[1] === undefined) return 0;
  const sign = match[1] === '-' ? -1 : 1;
  return sign * (Number(match[2]) * 60 + Number(match[3] ?? 0)) * 60_000;
}

/** The first instant of the day `YYYY-MM-DD` in the zone, or undefined if the date is malformed. */
export function zonedDayStart(date: string, timeZone: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (match === null) return undefined;
  const midnightUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  if (Number.isNaN(midnightUtc)) return undefined;
  const firstGuess = midnightUtc - zoneOffsetMs(timeZone, midnightUtc);
  return midnightUtc - zoneOffsetMs(timeZone, firstGuess);
}

/** The last millisecond of the day in the zone: just before the next calendar day starts there. */
export function zonedDayEnd(date: string, timeZone: string): number | undefined {
  const start = zonedDayStart(date, timeZone);
  if (start === undefined) return undefined;
  const [year, month, day] = date.split('-').map(Number);
  const nextDay = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, (day ?? 1) + 1)).toISOString().slice(0, 10);
  return (zonedDayStart(nextDay, timeZone) ?? start + DAY_MS) - 1;
}
