import { describe, expect, it } from 'vitest';
import { DEFAULT_OVERSIGHT_SETTINGS, parseSetting, settingsFromStored } from '../../../../../renderer/features/oversight/settings';
import { readView, viewHref } from '../../../../../renderer/features/oversight/viewParams';

describe('oversight settings', () => {
  it('accepts whole numbers within each limit only', () => {
    expect(parseSetting('windowHours', ' 96 ')).toBe(96);
    expect(parseSetting('windowHours', '0')).toBeUndefined();
    expect(parseSetting('windowHours', '721')).toBeUndefined();
    expect(parseSetting('staleDays', '2.5')).toBeUndefined();
    expect(parseSetting('backdatedHours', '-3')).toBeUndefined();
    expect(parseSetting('staleDays', undefined)).toBeUndefined();
  });

  it('falls back to the defaults (72 h, 14 days, 72 h) for what is missing or unreadable', () => {
    expect(DEFAULT_OVERSIGHT_SETTINGS).toEqual({ windowHours: 72, staleDays: 14, backdatedHours: 72 });
    expect(settingsFromStored({ windowHours: '48', staleDays: 'soon' })).toEqual({ windowHours: 48, staleDays: 14, backdatedHours: 72 });
  });
});

describe('oversight views in the address', () => {
  it('reads each view and falls back to the overview', () => {
    expect(readView(new URLSearchParams('view=roll-call'))).toBe('roll-call');
    expect(readView(new URLSearchParams('view=unknown'))).toBe('overview');
    expect(viewHref('overview')).toBe('/oversight');
    expect(viewHref('alerts')).toBe('/oversight?view=alerts');
  });
});
