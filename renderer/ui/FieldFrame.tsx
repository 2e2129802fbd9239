import type { ReactNode } from 'react';
import { FieldMessages } from './FieldMessages';
import { useFieldIds } from './useFieldIds';

/** What a field's control needs to be named by its label and described by its hint and error. */
export type FieldControlWiring = {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
};

type FieldFrameProps = {
  label: string;
  hint: string | undefined;
  error: string | undefined;
  /** Renders the control with the wiring spread onto it. */
  children: (wiring: FieldControlWiring) => ReactNode;
};

/** The label, hint and error every field shows the same way, around any control. */
export function FieldFrame({ label, hint, error, children }: FieldFrameProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={ids.inputId} className="field-label">
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      {children({ id: ids.inputId, 'aria-describedby': ids.describedBy, 'aria-invalid': error ? true : undefined })}
    </div>
  );
}
