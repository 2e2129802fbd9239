import type { Ref, TextareaHTMLAttributes } from 'react';
import { useId } from 'react';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-describedby' | 'aria-invalid' | 'value' | 'onChange'> & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValueChange?: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
};

/** A labelled multi-line field with the same hint and error conventions as renderer/ui/TextField. */
export function TextAreaField({ label, hint, error, value, onValueChange, ref, ...areaProps }: TextAreaFieldProps) {
  const base = useId();
  const [inputId, hintId, errorId] = [`${base}input`, `${base}hint`, `${base}error`];
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter((id) => id !== '').join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId} className="field-label">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          <span aria-hidden="true" className="field-error-icon">
            !
          </span>
          {error}
        </p>
      ) : null}
      <textarea
        {...areaProps}
        ref={ref}
        id={inputId}
        className="field-control field-textarea"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => onValueChange?.(event.target.value)}
      />
    </div>
  );
}
