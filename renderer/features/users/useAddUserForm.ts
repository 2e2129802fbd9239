import { useState } from 'react';
import type { RefObject } from 'react';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { useUiStore } from '../../stores/uiStore';
import { useFocusFirstError } from '../../ui/useFocusFirstError';
import { useSession } from '../../vault/useSession';
import { EMPTY_PASSPHRASE_VALUES } from '../lock';
import type { PassphraseValues } from '../lock';
import { addUser } from './commands';
import type { NewUserErrors } from './newUserForm';
import { validateNewUser } from './newUserForm';
import { useFacilityName } from './useFacilityName';

/** The add-user form's state; the form empties itself once the user is added. */
export function useAddUserForm(formRef: RefObject<HTMLFormElement | null>) {
  const session = useSession();
  const facilityName = useFacilityName();
  const showToast = useUiStore((state) => state.showToast);
  const [name, setName] = useState('');
  const [role, setRole] = useState<UserRole>('registrar');
  const [secret, setSecret] = useState<PassphraseValues>(EMPTY_PASSPHRASE_VALUES);
  const [errors, setErrors] = useState<NewUserErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [progress, setProgress] = useState<number | null>(null);
  useFocusFirstError(formRef, attempt);
  const submit = async (): Promise<void> => {
    const result = validateNewUser({ name, role, passphrase: secret.passphrase, confirmation: secret.confirmation }, facilityName);
    setErrors(result.errors);
    setAttempt((count) => count + 1);
    if (result.name === undefined || progress !== null) return;
    setProgress(0);
    try {
      await addUser(session, { name: result.name, role, passphrase: secret.passphrase }, setProgress);
      setName('');
      setSecret(EMPTY_PASSPHRASE_VALUES);
      showToast('success', 'users.added');
    } catch {
      showToast('error', 'users.failed');
    } finally {
      setProgress(null);
    }
  };
  return { facilityName, name, setName, role, setRole, secret, setSecret, errors, progress, submit };
}
