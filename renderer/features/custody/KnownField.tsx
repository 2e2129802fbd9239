import type { Known, UnknownReason } from '@shared/custody/known';
import { UNKNOWN_REASONS } from '@shared/custody/known';
import type { ReactNode } from 'react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../../ui/FieldMessages';
import { useFieldIds } from '../../ui/useFieldIds';
import { fieldDomId } from './ProblemList';
import { useCustodyLabels } from './useCustodyLabels';

/** What the value control of a KnownField receives. */
export type KnownControlProps = {
  /** The control's DOM id, `field-<fieldId>`, which its label and ProblemList point at. */
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
  /** True while a reason stands in for the value. */
  disabled: boolean;
};

export type KnownFieldProps<T> = {
  /** The field's path; names the control's id and, unless `label` is given, its label. */
  fieldId: string;
  label?: string;
  hint?: string;
  error?: string;
  value: Known<T> | undefined;
  /** `undefined` means not answered yet (a gap), never a blank value. */
  onChange: (next: Known<T> | undefined) => void;
  /** The reasons offered when there is no value; all three by default. */
  reasons?: readonly UnknownReason[];
  disabled?: boolean;
  /** Draws the value control; it writes values through `onChange({ value })`. */
  renderControl: (control: KnownControlProps) => ReactNode;
};

type ReasonSelectProps = {
  fieldName: string;
  describedBy: string | undefined;
  reason: UnknownReason | 'value';
  reasons: readonly UnknownReason[];
  disabled: boolean;
  onReason: (reason: UnknownReason | 'value') => void;
};

/** The second control of a KnownField: a value, or why there is none. */
function ReasonSelect({ fieldName, describedBy, reason, reasons, disabled, onReason }: ReasonSelectProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <select
      className="field-control known-field-reason"
      aria-label={t('custody.known.answer', { field: fieldName })}
      aria-describedby={describedBy}
      value={reason}
      disabled={disabled}
      onChange={(event) => {
        onReason(reasons.find((item) => item === event.target.value) ?? 'value');
      }}
    >
      <option value="value">{t('custody.known.value')}</option>
      {reasons.map((item) => (
        <option key={item} value={item}>
          {labels.unknownReason(item)}
        </option>
      ))}
    </select>
  );
}

/**
 * A field that holds a value or says why it has none (unknown, refused, does not apply):
 * a register field is never silently blank. The value control comes from `renderControl`;
 * the reason is a second control named after the field. Switching to a reason and back
 * restores the value typed before.
 */
export function KnownField<T>({ fieldId, label, hint, error, value, onChange, reasons = UNKNOWN_REASONS, disabled = false, renderControl }: KnownFieldProps<T>) {
  const labels = useCustodyLabels();
  const ids = useFieldIds(hint, error);
  const labelId = useId();
  const [saved, setSaved] = useState<Known<T> | undefined>(undefined);
  const name = label ?? labels.field(fieldId);
  const reason = value !== undefined && 'unknown' in value ? value.unknown : 'value';
  const controlId = fieldDomId(fieldId);
  const onReason = (chosen: UnknownReason | 'value') => {
    if (chosen === 'value') {
      onChange(saved);
      return;
    }
    if (reason === 'value') setSaved(value);
    onChange({ unknown: chosen });
  };
  return (
    <div className="field known-field" role="group" aria-labelledby={labelId}>
      <label id={labelId} htmlFor={controlId} className="field-label">
        {name}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <div className="known-field-row">
        <div className="known-field-value">
          {renderControl({ id: controlId, describedBy: ids.describedBy, invalid: error ? true : undefined, disabled: disabled || reason !== 'value' })}
        </div>
        <ReasonSelect fieldName={name} describedBy={ids.describedBy} reason={reason} reasons={reasons} disabled={disabled} onReason={onReason} />
      </div>
    </div>
  );
}
