import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * After a submit that found errors, moves focus to the first field marked invalid, so a
 * keyboard or screen-reader user lands on what needs fixing. `attempt` counts submits.
 */
export function useFocusFirstError(formRef: RefObject<HTMLFormElement | null>, attempt: number): void {
  useEffect(() => {
    if (attempt === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [formRef, attempt]);
}
