import { useRef, useState } from 'react';
import type { Result } from '@shared/util/result';
import { useFocusFirstError } from './useFocusFirstError';

/**
 * A form checked on submit: errors shown per field, focus moved to the first, and only a
 * valid value goes on. `E` is the form's map of field → problem.
 */
export function useCheckedForm<T, E extends object>(check: () => Result<T, E>, onValid: (value: T) => void) {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Partial<E>>({});
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
