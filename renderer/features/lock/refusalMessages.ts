import type { TranslationKey } from '../../i18n/translationKey';
import type { UnlockRefusal } from '../../vault/unlock';

/** What to tell the person after a refused unlock, by what was tried. */
export function refusalMessage(refusal: UnlockRefusal, tried: 'passphrase' | 'recovery-code'): TranslationKey {
  switch (refusal.code) {
    case 'wrong':
      return tried === 'passphrase' ? 'lock.errors.wrongPassphrase' : 'lock.errors.wrongCode';
    case 'throttled':
      return 'lock.errors.throttled';
    case 'user-removed':
      return 'lock.errors.userRemoved';
    case 'damaged':
      return 'lock.errors.damaged';
  }
}

/** The wait a refusal imposes before the next attempt, in ms. */
export function refusalWaitMs(refusal: UnlockRefusal): number {
  return refusal.code === 'wrong' || refusal.code === 'throttled' ? refusal.waitMs : 0;
}
