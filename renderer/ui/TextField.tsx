import type { InputHTMLAttributes, Ref } from 'react';
import { FieldFrame } from './FieldFrame';

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid' | 'value' | 'onChange'> & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
  ref?: Ref<HTMLInputElement>;
};

export function TextField({ label, hint, error, value, onValueChange, type = 'text', ref, className, ...inputProps }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(wiring) => (
        <input
          {...inputProps}
          {...wiring}
          ref={ref}
          type={type}
          className={className === undefined ? 'field-control' : `field-control ${className}`}
          value={value}
          onChange={(event) => {
            onValueChange(event.target.value);
          }}
        />
      )}
    </FieldFrame>
  );
}
