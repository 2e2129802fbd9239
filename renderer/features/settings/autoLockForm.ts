import { asciiDigits } from '@shared/util/text';
import { isAutoLockMinutes } from '../../vault/autoLockSetting';

/** The minutes typed, if they are a whole number in the accepted range (Arabic-Indic digits accepted). */
export function parseAutoLockMinutes(typed: string): number | undefined {
  const digits = asciiDigits(typed).trim();
  if (!/^\d{1,3}$/.test(digits)) return undefined;
  const minutes = Number(digits);
  return isAutoLockMinutes(minutes) ? minutes : undefined;
}
