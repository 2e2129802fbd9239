import { useState } from 'react';
import { useProjection, usersProjection } from '../../ledger';
import type { OpenedVault } from '../../vault/openVault';
import type { SessionUser } from '../../vault/session';
import { useVault } from '../../vault/useVault';
import type { PassphraseValues } from './PassphraseFields';
import { EMPTY_PASSPHRASE_VALUES } from './PassphraseFields';
import type { NewPassphraseErrors } from './passphraseRules';
import { hasPassphraseErrors, validateNewPassphrase } from './passphraseRules';
import { recoveryCandidates } from './recoveryUsers';

export type NewPassphraseErrorsWithUser = NewPassphraseErrors & { user?: boolean };

/** The state of the forced new-passphrase form after a recovery-code unlock. */
export function useNewPassphraseForm(opened: OpenedVault) {
  const { finishRecovery } = useVault();
  const candidates: SessionUser[] = recoveryCandidates(useProjection(usersProjection, (state) => state), opened);
  const [userId, setUserId] = useState('');
  const [secret, setSecret] = useState<PassphraseValues>(EMPTY_PASSPHRASE_VALUES);
  const [errors, setErrors] = useState<NewPassphraseErrorsWithUser>({});
  const [progress, setProgress] = useState<number | null>(null);
  const [hasFailed, setHasFailed] = useState(false);
  const chosen = candidates.find((candidate) => candidate.id === userId);
  const submit = (): void => {
    const found = { ...validateNewPassphrase(secret.passphrase, secret.confirmation, [chosen?.name ?? '']), ...(chosen ? {} : { user: true }) };
    setErrors(found);
    if (chosen === undefined || found.user === true || hasPassphraseErrors(found) || progress !== null) return;
    setProgress(0);
    setHasFailed(false);
    finishRecovery(chosen.id, secret.passphrase, setProgress).catch(() => {
      setProgress(null);
      setHasFailed(true);
    });
  };
  return { candidates, userId, setUserId, chosen, secret, setSecret, errors, progress, hasFailed, submit };
}
