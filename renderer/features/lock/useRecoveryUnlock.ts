import { useEffect, useRef, useState } from 'react';
import { useVault } from '../../vault/useVault';
import type { CodeError } from './recoveryCodeErrors';
import { recoveryCodeError } from './recoveryCodeErrors';
import { useUnlockAttempt } from './useUnlockAttempt';

/** The recovery code form's state: a code is checked for typing mistakes before it costs an attempt. */
export function useRecoveryUnlock() {
  const { unlockWithRecoveryCode } = useVault();
  const attempt = useUnlockAttempt('recovery-code');
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<CodeError | null>(null);
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    fieldRef.current?.focus();
  }, []);
  const submit = async (): Promise<void> => {
    if (attempt.isBusy || attempt.secondsLeft > 0) return;
    const problem = recoveryCodeError(code);
    setCodeError(problem);
    if (problem === null) await attempt.run((onProgress) => unlockWithRecoveryCode(code, onProgress));
  };
  return { attempt, code, setCode, codeError, fieldRef, submit };
}
