import { useState } from 'react';
import type { TranslationKey } from '../../i18n/translationKey';
import type { UnlockRefusal } from '../../vault/unlock';
import { refusalMessage, refusalWaitMs } from './refusalMessages';
import { useCountdown } from './useCountdown';

type Attempt = (onProgress: (fraction: number) => void) => Promise<UnlockRefusal | null>;

export type UnlockAttemptState = {
  progress: number | null;
  error: TranslationKey | null;
  secondsLeft: number;
  isBusy: boolean;
  /** Resolves true when unlocked. */
  run: (attempt: Attempt) => Promise<boolean>;
};

/** One unlock attempt at a time: its progress, why it failed, and the wait before the next. */
export function useUnlockAttempt(tried: 'passphrase' | 'recovery-code'): UnlockAttemptState {
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<TranslationKey | null>(null);
  const countdown = useCountdown();
  const run = async (attempt: Attempt): Promise<boolean> => {
    setProgress(0);
    setError(null);
    try {
      const refusal = await attempt(setProgress);
      if (refusal === null) return true;
      setError(refusalMessage(refusal, tried));
      countdown.start(refusalWaitMs(refusal));
      return false;
    } catch {
      setError('lock.errors.failed');
      return false;
    } finally {
      setProgress(null);
    }
  };
  return { progress, error, secondsLeft: countdown.secondsLeft, isBusy: progress !== null, run };
}
