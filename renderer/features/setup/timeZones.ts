/**
 * The time zones the runtime knows, for the facility's time zone list, each with its
 * current offset so a registrar can recognise theirs ("Africa/Tunis (UTC+01:00)").
 */

export type TimeZoneOption = { value: string; label: string };

function offsetOf(zone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat('en-u-nu-latn', { timeZone: zone, timeZoneName: 'longOffset' }).formatToParts(at);
  const name = parts.find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  return name === 'GMT' ? 'UTC' : name.replace('GMT', 'UTC');
}

/** Every zone, sorted by name; the given one is always included (an older runtime may not list it). */
export function timeZoneOptions(include: string, at: Date = new Date()): TimeZoneOption[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add(include);
  return [...zones].sort().map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} (${offsetOf(zone, at)})` }));
}
