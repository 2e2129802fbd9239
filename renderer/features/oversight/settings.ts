/**
 * The oversight checks' settings: how long a transfer may take to arrive, after how many
 * days without a bundle a facility is flagged, and from how late an entry counts as
 * backdated. They identify no one, so they are kept unsealed in the settings table on
 * this computer, as the display preferences are.
 */
import { DEFAULT_CLOCK_TOLERANCE_HOURS, DEFAULT_TRANSFER_WINDOW_HOURS } from '@shared/oversight/transfers';
import { DEFAULT_BACKDATED_HOURS } from '@shared/oversight/integrity';
import { DEFAULT_STALE_DAYS } from '@shared/oversight/overview';

export type OversightSettings = {
  readonly windowHours: number;
  readonly staleDays: number;
  readonly backdatedHours: number;
};

export type OversightSettingId = keyof OversightSettings;

export const OVERSIGHT_SETTING_IDS = ['windowHours', 'staleDays', 'backdatedHours'] as const satisfies readonly OversightSettingId[];

export const DEFAULT_OVERSIGHT_SETTINGS: OversightSettings = {
  windowHours: DEFAULT_TRANSFER_WINDOW_HOURS,
  staleDays: DEFAULT_STALE_DAYS,
  backdatedHours: DEFAULT_BACKDATED_HOURS,
};

/** The tolerance for clocks that disagree between two registers; fixed, shown to the user. */
export const CLOCK_TOLERANCE_HOURS = DEFAULT_CLOCK_TOLERANCE_HOURS;

/** Allowed values, whole numbers from min to max. */
export const SETTING_LIMITS: Readonly<Record<OversightSettingId, { readonly min: number; readonly max: number }>> = {
  windowHours: { min: 1, max: 720 },
  staleDays: { min: 1, max: 365 },
  backdatedHours: { min: 1, max: 8760 },
};

/** Keys in the settings table. */
export const SETTING_KEYS: Readonly<Record<OversightSettingId, string>> = {
  windowHours: 'oversight.transferWindowHours',
  staleDays: 'oversight.staleDays',
  backdatedHours: 'oversight.backdatedHours',
};

/** A whole number within the setting's limits, or undefined. */
export function parseSetting(id: OversightSettingId, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (!/^[0-9]{1,5}$/.test(trimmed)) return undefined;
  const value = Number(trimmed);
  const { min, max } = SETTING_LIMITS[id];
  return value >= min && value <= max ? value : undefined;
}

/** Stored values to settings; a missing or unreadable one falls back to its default. */
export function settingsFromStored(stored: Readonly<Partial<Record<OversightSettingId, string>>>): OversightSettings {
  return {
    windowHours: parseSetting('windowHours', stored.windowHours) ?? DEFAULT_OVERSIGHT_SETTINGS.windowHours,
    staleDays: parseSetting('staleDays', stored.staleDays) ?? DEFAULT_OVERSIGHT_SETTINGS.staleDays,
    backdatedHours: parseSetting('backdatedHours', stored.backdatedHours) ?? DEFAULT_OVERSIGHT_SETTINGS.backdatedHours,
  };
}
