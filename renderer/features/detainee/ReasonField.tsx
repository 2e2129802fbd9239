import { FieldMessages } from '../../ui/FieldMessages';
import { useFieldIds } from '../../ui/useFieldIds';
import { fieldDomId } from '../custody';

type ReasonFieldProps = {
  /** The form path; names the control's id so a problem list can move focus to it. */
  path: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValue: (value: string) => void;
};

/** A required reason, written in the person's own words (a correction's or a void's). */
export function ReasonField({ path, label, hint, error, value, onValue }: ReasonFieldProps) {
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={fieldDomId(path)} className="field-label">
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <textarea
        id={fieldDomId(path)}
        className="field-control field-textarea"
        rows={3}
        dir="auto"
        required
        value={value}
        aria-describedby={ids.describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(event) => { onValue(event.target.value); }}
      />
    </div>
  );
}
