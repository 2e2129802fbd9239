import { useEffect, useRef } from 'react';
import type { RefObject } from 'react';
import { useAdmissionForm } from '../formContext';

/**
 * Marks a field as left when focus moves out of any of its controls (its messages show
 * from then on). A listener on the wrapper, since the controls belong to shared inputs.
 */
export function useTouchOnLeave(fieldId: string): RefObject<HTMLDivElement | null> {
  const { touch } = useAdmissionForm();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const onLeave = () => {
      touch(fieldId);
    };
    element.addEventListener('focusout', onLeave);
    return () => {
      element.removeEventListener('focusout', onLeave);
    };
  }, [fieldId, touch]);
  return ref;
}
