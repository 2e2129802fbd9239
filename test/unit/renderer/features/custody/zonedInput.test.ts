import { describe, expect, it } from 'vitest';
import { instantToLocalInput, localInputToInstant } from '../../../../../renderer/features/custody';

describe('local date and time in the facility zone', () => {
  it('turns a wall-clock time into the instant, keeping the zone offset', () => {
    expect(localInputToInstant('2026-11-26T10:00', 'Asia/Baghdad')).toBe('2026-11-26T10:00:00+03:00');
    expect(localInputToInstant('2026-07-01T14:00', 'Africa/Tunis')).toBe('2026-07-01T14:00:00+01:00');
  });

  it('respects summer time on both sides of the change', () => {
    expect(localInputToInstant('2026-03-28T12:00', 'Europe/Paris')).toBe('2026-03-28T12:00:00+01:00');
    expect(localInputToInstant('2026-03-30T12:00', 'Europe/Paris')).toBe('2026-03-30T12:00:00+02:00');
  });

  it('refuses what is not a date and time', () => {
    expect(localInputToInstant('2026-02-30T10:00', 'UTC')).toBeUndefined();
    expect(localInputToInstant('yesterday', 'UTC')).toBeUndefined();
  });

  it('shows a stored instant back as the wall-clock time of the zone', () => {
    expect(instantToLocalInput('2026-11-26T07:00:00.000Z', 'Asia/Baghdad')).toBe('2026-11-26T10:00');
    expect(instantToLocalInput(Date.parse('2026-11-26T10:00:00+03:00'), 'Europe/Paris')).toBe('2026-11-26T08:00');
  });
});
