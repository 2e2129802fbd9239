import { useId } from 'react';

export type FieldIds = {
  inputId: string;
  hintId: string;
  errorId: string;
  /** The hint and error ids that exist, for aria-describedby; undefined when neither does. */
  describedBy: string | undefined;
};

export function useFieldIds(hint: string | undefined, error: string | undefined): FieldIds {
  const base = useId();
  const ids = { inputId: `${base}input`, hintId: `${base}hint`, errorId: `${base}error` };
  const described = [hint ? ids.hintId : '', error ? ids.errorId : ''].filter((id) => id !== '');
  return { ...ids, describedBy: described.length > 0 ? described.join(' ') : undefined };
}
