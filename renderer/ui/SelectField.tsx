import type { SelectHTMLAttributes } from 'react';
import { FieldMessages } from './FieldMessages';
import { useFieldIds } from './useFieldIds';

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
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={ids.inputId} className="field-label">
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <select
        {...selectProps}
        id={ids.inputId}
        className="field-control"
        value={value}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
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
    </div>
  );
}
