import type { SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

export type SelectOption<Value extends string> = {
  value: Value;
  label: string;
  /** The option's language when it differs from the page's, such as a language's own name. */
  lang?: string;
};

type SelectFieldProps<Value extends string> = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'id' | 'aria-describedby' | 'aria-invalid' | 'value' | 'onChange'
> & {
  label: string;
  hint?: string;
  error?: string;
  options: readonly SelectOption<Value>[];
  value: Value;
  onValueChange: (value: Value) => void;
};

export function SelectField<Value extends string>({ label, hint, error, options, value, onValueChange, ...selectProps }: SelectFieldProps<Value>) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(wiring) => (
        <select
          {...selectProps}
          {...wiring}
          className="field-control"
          value={value}
          onChange={(event) => {
            const chosen = options.find((option) => option.value === event.target.value);
            if (chosen) onValueChange(chosen.value);
          }}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}
