import { parseRecoveryCode } from '@shared/crypto/recoveryCode';
import type { TranslationKey } from '../../i18n/translationKey';

export type CodeError = { key: TranslationKey; position?: number; count?: number };

/** What is wrong with a typed recovery code, before it costs an unlock attempt; null if it is well formed. */
export function recoveryCodeError(input: string): CodeError | null {
  if (input.trim() === '') return { key: 'lock.recovery.errors.empty' };
  const parsed = parseRecoveryCode(input);
  if (parsed.ok) return null;
  switch (parsed.error.code) {
    case 'bad-character':
      return { key: 'lock.recovery.errors.badCharacter', position: parsed.error.position + 1 };
    case 'wrong-length':
      return { key: 'lock.recovery.errors.wrongLength', count: parsed.error.length };
    case 'checksum':
      return { key: 'lock.recovery.errors.checksum' };
  }
}
