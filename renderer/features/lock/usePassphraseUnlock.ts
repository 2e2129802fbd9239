import { useEffect, useRef, useState } from 'react';
import { useVault } from '../../vault/useVault';
import { useUnlockAttempt } from './useUnlockAttempt';

/** The passphrase form's state: the field (focused on arrival), the attempt, and what to do after a refusal. */
export function usePassphraseUnlock() {
  const { unlock } = useVault();
  const attempt = useUnlockAttempt('passphrase');
  const [passphrase, setPassphrase] = useState('');
  const [isEmptyShown, setIsEmptyShown] = useState(false);
  const fieldRef = useRef<HTMLInputElement>(null);
  // The lock screen has one thing to do: typing can start at once.
  useEffect(() => {
    fieldRef.current?.focus();
  }, []);
  const submit = async (): Promise<void> => {
    if (attempt.isBusy || attempt.secondsLeft > 0) return;
    setIsEmptyShown(passphrase === '');
    if (passphrase === '') return;
    const isUnlocked = await attempt.run((onProgress) => unlock(passphrase, onProgress));
    if (isUnlocked) return;
    setPassphrase('');
    fieldRef.current?.focus();
  };
  return { attempt, passphrase, setPassphrase, isEmptyShown, fieldRef, submit };
}
