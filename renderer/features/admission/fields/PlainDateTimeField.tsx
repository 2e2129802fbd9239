import { useCustodyLabels } from '../../custody';
import { FieldMessages } from '../../../ui/FieldMessages';
import { useDraftSlot } from '../formContext';
import { DateTimeInputs } from './DateTimeInputs';
import { useFieldWiring } from './useFieldWiring';
import { useFieldHint } from './useFieldHint';
import { useTouchOnLeave } from './useTouchOnLeave';

type PlainDateTimeFieldProps = { fieldId: string; label?: string; hint?: string; disabled?: boolean };

/** A date and hour the admission cannot do without (the admission itself, a part of a group). */
export function PlainDateTimeField({ fieldId, label, hint, disabled = false }: PlainDateTimeFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const labels = useCustodyLabels();
  const fullHint = useFieldHint(fieldId, hint);
  const wiring = useFieldWiring(fieldId, fullHint);
  const date = useDraftSlot(`${fieldId}.date`);
  const time = useDraftSlot(`${fieldId}.time`);
  const name = label ?? labels.field(fieldId);
  return (
    <div ref={leaveRef} className="field">
      <label htmlFor={wiring.ids.inputId} className="field-label">
        {name}
      </label>
      <FieldMessages ids={wiring.ids} hint={fullHint} error={wiring.error} />
      <DateTimeInputs
        id={wiring.ids.inputId}
        name={name}
        date={date}
        time={time}
        describedBy={wiring.ids.describedBy}
        invalid={wiring.invalid}
        disabled={disabled}
      />
    </div>
  );
}
