import { KnownField, useCustodyLabels } from '../../custody';
import type { Known } from '@shared/custody/known';
import { useAdmissionForm, useDraftSlot } from '../formContext';
import { DateTimeInputs } from './DateTimeInputs';
import { useFieldHint } from './useFieldHint';
import { useTouchOnLeave } from './useTouchOnLeave';

type KnownDateTimeFieldProps = { fieldId: string; label?: string; hint?: string; disabled?: boolean };

/** A date and hour in the facility's time zone, or why it is not known. */
export function KnownDateTimeField({ fieldId, label, hint, disabled }: KnownDateTimeFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const fullHint = useFieldHint(fieldId, hint);
  const labels = useCustodyLabels();
  const { errorFor } = useAdmissionForm();
  const reasonSlot = useDraftSlot(fieldId);
  const date = useDraftSlot(`${fieldId}.date`);
  const time = useDraftSlot(`${fieldId}.time`);
  const hasTyped = date.text !== '' || time.text !== '';
  const reason = reasonSlot.reason;
  const value: Known<string> | undefined = reason !== undefined && reason !== 'none' ? { unknown: reason } : hasTyped ? { value: '' } : undefined;
  return (
    <div ref={leaveRef} className="admission-field">
      <KnownField<string>
        fieldId={fieldId}
        label={label}
        hint={fullHint}
        error={errorFor(fieldId)}
        value={value}
        disabled={disabled}
        onChange={(next) => {
          reasonSlot.setReason(next !== undefined && 'unknown' in next ? next.unknown : null);
        }}
        renderControl={(control) => (
          <DateTimeInputs
            id={control.id}
            name={label ?? labels.field(fieldId)}
            date={date}
            time={time}
            describedBy={control.describedBy}
            invalid={control.invalid}
            disabled={control.disabled}
          />
        )}
      />
    </div>
  );
}
