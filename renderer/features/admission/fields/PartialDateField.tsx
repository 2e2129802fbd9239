import { useTranslation } from 'react-i18next';
import type { Known } from '@shared/custody/known';
import { KnownField, useCustodyLabels } from '../../custody';
import type { Slot } from '../formContext';
import { useAdmissionForm, useDraftSlot } from '../formContext';
import { useFieldHint } from './useFieldHint';
import { useTouchOnLeave } from './useTouchOnLeave';

type PartialDateFieldProps = { fieldId: string; hint?: string };

type PartInputProps = { id: string; label: string; slot: Slot; size: number; control: { describedBy: string | undefined; invalid: true | undefined; disabled: boolean } };

function PartInput({ id, label, slot, size, control }: PartInputProps) {
  return (
    <input
      id={id}
      className={`field-control admission-date-part admission-date-part-${String(size)}`}
      type="text"
      inputMode="numeric"
      dir="ltr"
      maxLength={size}
      aria-label={label}
      value={control.disabled ? '' : slot.text}
      disabled={control.disabled}
      aria-describedby={control.describedBy}
      aria-invalid={control.invalid}
      onChange={(event) => {
        slot.setText(event.target.value);
      }}
    />
  );
}

/**
 * A date of birth as day, month and year, of which only the year (or year and month) may
 * be known: a full date is never invented to fill the field.
 */
export function PartialDateField({ fieldId, hint }: PartialDateFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const fullHint = useFieldHint(fieldId, hint);
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const { errorFor } = useAdmissionForm();
  const reasonSlot = useDraftSlot(fieldId);
  const parts = { day: useDraftSlot(`${fieldId}.day`), month: useDraftSlot(`${fieldId}.month`), year: useDraftSlot(`${fieldId}.year`) };
  const hasTyped = Object.values(parts).some((slot) => slot.text !== '');
  const reason = reasonSlot.reason;
  const value: Known<string> | undefined = reason !== undefined && reason !== 'none' ? { unknown: reason } : hasTyped ? { value: '' } : undefined;
  const field = labels.field(fieldId);
  return (
    <div ref={leaveRef} className="admission-field">
      <KnownField<string>
        fieldId={fieldId}
        hint={fullHint}
        error={errorFor(fieldId)}
        value={value}
        onChange={(next) => {
          reasonSlot.setReason(next !== undefined && 'unknown' in next ? next.unknown : null);
        }}
        renderControl={(control) => (
          <div className="admission-date-parts">
            <PartInput id={control.id} label={t('admission.partialDate.day', { field })} slot={parts.day} size={2} control={control} />
            <PartInput id={`${control.id}-month`} label={t('admission.partialDate.month', { field })} slot={parts.month} size={2} control={control} />
            <PartInput id={`${control.id}-year`} label={t('admission.partialDate.year', { field })} slot={parts.year} size={4} control={control} />
          </div>
        )}
      />
    </div>
  );
}
