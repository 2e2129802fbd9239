import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

type TextAreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'aria-describedby' | 'aria-invalid' | 'value' | 'onChange'> & {
  label: string;
  hint?: string;
  error?: string;
  value: string;
  /** Absent for a read-only text, such as one to copy. */
  onValueChange?: (value: string) => void;
  ref?: Ref<HTMLTextAreaElement>;
};

/** Multi-line text with the same label, hint and error conventions as TextField. */
export function TextArea({ label, hint, error, value, onValueChange, rows = 3, ref, className, ...areaProps }: TextAreaProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error}>
      {(wiring) => (
        <textarea
          {...areaProps}
          {...wiring}
          ref={ref}
          rows={rows}
          className={className === undefined ? 'field-control field-textarea' : `field-control field-textarea ${className}`}
          value={value}
          onChange={(event) => onValueChange?.(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
