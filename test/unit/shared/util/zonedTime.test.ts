import { describe, expect, it } from 'vitest';
import { localDateTimeOf, zonedInstant, zoneOffsetMinutes } from '@shared/util/zonedTime';

describe('wall-clock times in a time zone', () => {
  it('keeps the zone offset of the moment typed', () => {
    expect(zonedInstant({ date: '2025-03-01', time: '14:30' }, 'Africa/Tunis')).toBe('2025-03-01T14:30:00+01:00');
    expect(zonedInstant({ date: '2025-03-01', time: '00:15' }, 'Asia/Baghdad')).toBe('2025-03-01T00:15:00+03:00');
    expect(zonedInstant({ date: '2025-03-01', time: '23:00' }, 'America/Bogota')).toBe('2025-03-01T23:00:00-05:00');
    expect(zonedInstant({ date: '2025-03-01', time: '09:00' }, 'UTC')).toBe('2025-03-01T09:00:00+00:00');
  });

  it('stands for the right instant', () => {
    const iso = zonedInstant({ date: '2025-03-01', time: '01:00' }, 'Asia/Kabul');
    expect(iso).toBe('2025-03-01T01:00:00+04:30');
    expect(new Date(iso!).toISOString()).toBe('2025-02-28T20:30:00.000Z');
  });

  it('follows daylight-saving time on either side of the change', () => {
    expect(zonedInstant({ date: '2025-01-15', time: '12:00' }, 'Europe/Paris')).toBe('2025-01-15T12:00:00+01:00');
    expect(zonedInstant({ date: '2025-07-15', time: '12:00' }, 'Europe/Paris')).toBe('2025-07-15T12:00:00+02:00');
  });

  it('writes a time skipped by the spring change as the time it became', () => {
    // On 30 March 2025 Paris clocks jumped from 02:00 to 03:00: 02:30 never showed.
    const iso = zonedInstant({ date: '2025-03-30', time: '02:30' }, 'Europe/Paris');
    expect(iso).toBe('2025-03-30T03:30:00+02:00');
  });

  it('refuses dates that do not exist and malformed input', () => {
    expect(zonedInstant({ date: '2025-02-29', time: '10:00' }, 'UTC')).toBeUndefined();
    expect(zonedInstant({ date: '2025-13-01', time: '10:00' }, 'UTC')).toBeUndefined();
    expect(zonedInstant({ date: '2025-03-01', time: '24:00' }, 'UTC')).toBeUndefined();
    expect(zonedInstant({ date: '', time: '10:00' }, 'UTC')).toBeUndefined();
    expect(zonedInstant({ date: '2025-03-01', time: '' }, 'UTC')).toBeUndefined();
  });

  it('reads an instant back as the wall clock of the zone', () => {
    const ms = Date.parse('2025-02-28T20:30:00Z');
    expect(localDateTimeOf(ms, 'Asia/Kabul')).toEqual({ date: '2025-03-01', time: '01:00' });
    expect(localDateTimeOf(ms, 'America/Bogota')).toEqual({ date: '2025-02-28', time: '15:30' });
    expect(zoneOffsetMinutes('Asia/Kolkata', ms)).toBe(330);
  });

  it('round-trips every quarter hour of a year in a zone with daylight saving', () => {
    const start = Date.parse('2025-01-01T00:00:00Z');
    const mismatches: string[] = [];
    for (let ms = start; ms < start + 365 * 86_400_000; ms += 7 * 3_600_000 + 15 * 60_000) {
      const local = localDateTimeOf(ms, 'America/New_York');
      const back = zonedInstant(local, 'America/New_York');
      const minute = Math.floor(ms / 60_000) * 60_000;
      if (back === undefined || Date.parse(back) !== minute) mismatches.push(`${local.date} ${local.time}`);
    }
    // Only the repeated autumn hour is ambiguous; it reads as its first occurrence.
    expect(mismatches.length).toBeLessThanOrEqual(1);
  });
});
