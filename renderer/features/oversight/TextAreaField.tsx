import type { TextareaHTMLAttributes } from 'react';
import { FieldMessages } from '../../ui/FieldMessages';
import { useFieldIds } from '../../ui/useFieldIds';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'> & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange: (value: string) => void;
};

/** Multi-line text with the same label, hint and error conventions as the design system's TextField. */
export function TextAreaField({ label, hint, error, value, onValueChange, rows = 3, ...areaProps }: TextAreaFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={ids.inputId} className="field-label">
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <textarea
        {...areaProps}
        id={ids.inputId}
        rows={rows}
        className="field-control field-textarea"
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
