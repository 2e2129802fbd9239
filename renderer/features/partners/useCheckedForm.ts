import { useRef, useState } from 'react';
import type { Result } from '@shared/util/result';
import { useFocusFirstError } from '../../ui/useFocusFirstError';
import type { FieldErrors } from './forms';

/** A form checked on submit: errors shown per field, focus moved to the first, and only a valid value goes on. */
export function useCheckedForm<T>(check: () => Result<T, FieldErrors>, onValid: (value: T) => void) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  useFocusFirstError(formRef, attempt);
  const submit = () => {
    const checked = check();
    setAttempt((count) => count + 1);
    if (!checked.ok) {
      setErrors(checked.error);
      return;
    }
    setErrors({});
    onValid(checked.value);
  };
  return { formRef, errors, submit };
}
