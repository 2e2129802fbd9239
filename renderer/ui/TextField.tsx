import type { InputHTMLAttributes, Ref } from 'react';
import { FieldMessages } from './FieldMessages';
import { useFieldIds } from './useFieldIds';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid' | 'value' | 'onChange'> & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ label, hint, error, value, onValueChange, type = 'text', ref, className, ...inputProps }: TextFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={ids.inputId} className="field-label">
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <input
        {...inputProps}
        ref={ref}
        id={ids.inputId}
        type={type}
        className={className === undefined ? 'field-control' : `field-control ${className}`}
        value={value}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => {
          onValueChange(event.target.value);
        }}
      />
    </div>
  );
}
