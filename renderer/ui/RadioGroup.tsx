import { useId } from 'react';
import { FieldMessages } from './FieldMessages';
import { useFieldIds } from './useFieldIds';

export type RadioOption<Value extends string> = {
  value: Value;
  label: string;
  /** The option's language when it differs from the page's, such as a language's own name. */
  lang?: string;
};

type RadioGroupProps<Value extends string> = {
  legend: string;
  hint?: string;
  error?: string;
  options: readonly RadioOption<Value>[];
  value: Value;
  onValueChange: (value: Value) => void;
  disabled?: boolean;
};

/**
 * A fieldset of radio buttons; the legend names the group, the hint and error describe it.
 * ARIA gives radios no aria-invalid, so the error reaches screen readers as the group's
 * description and sighted users as a red outline on every option.
 */
export function RadioGroup<Value extends string>({ legend, hint, error, options, value, onValueChange, disabled }: RadioGroupProps<Value>) {
  const ids = useFieldIds(hint, error);
  const name = useId();
  return (
    <fieldset className={error ? 'field radio-group radio-group-invalid' : 'field radio-group'} aria-describedby={ids.describedBy} disabled={disabled}>
      <legend className="field-label">{legend}</legend>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <div className="radio-options">
        {options.map((option) => {
          const optionId = `${ids.inputId}-${option.value}`;
          return (
            <div key={option.value} className="choice choice-boxed">
              <input
                id={optionId}
                type="radio"
                className="choice-control"
                name={name}
                value={option.value}
                checked={option.value === value}
                onChange={() => {
                  onValueChange(option.value);
                }}
              />
              <label htmlFor={optionId} className="choice-label" lang={option.lang}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
