import { useId } from 'react';
import { fieldDomId } from '../../custody';
import type { FieldIds } from '../../../ui/useFieldIds';
import { useAdmissionForm } from '../formContext';

/** What an input of the form needs: its id (`field-<path>`, which problem lists point at), messages and the blur that shows them. */
export type FieldWiring = {
  ids: FieldIds;
  error: string | undefined;
  invalid: true | undefined;
  onBlur: () => void;
};

export function useFieldWiring(fieldId: string, hint: string | undefined): FieldWiring {
  const { errorFor, touch } = useAdmissionForm();
  const base = useId();
  const error = errorFor(fieldId);
  const ids = { inputId: fieldDomId(fieldId), hintId: `${base}hint`, errorId: `${base}error` };
  const described = [hint ? ids.hintId : '', error ? ids.errorId : ''].filter((id) => id !== '');
  return {
    ids: { ...ids, describedBy: described.length > 0 ? described.join(' ') : undefined },
    error,
    invalid: error ? true : undefined,
    onBlur: () => {
      touch(fieldId);
    },
  };
}
