import type { InputHTMLAttributes } from 'react';
import { FieldMessages } from './FieldMessages';
import { useFieldIds } from './useFieldIds';

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type' | 'aria-describedby' | 'aria-invalid' | 'checked' | 'onChange'> & {
  label: string;
  hint?: string;
  error?: string;
  checked: boolean;
  onCheckedChange: (checked: boolean) => void;
};

export function Checkbox({ label, hint, error, checked, onCheckedChange, ...inputProps }: CheckboxProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field field-checkbox">
      <div className="choice">
        <input
          {...inputProps}
          id={ids.inputId}
          type="checkbox"
          className="choice-control"
          checked={checked}
          aria-describedby={ids.describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(event) => {
            onCheckedChange(event.target.checked);
          }}
        />
        <label htmlFor={ids.inputId} className="choice-label">
          {label}
        </label>
      </div>
      <FieldMessages ids={ids} hint={hint} error={error} />
    </div>
  );
}
