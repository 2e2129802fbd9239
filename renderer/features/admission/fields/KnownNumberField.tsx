import { KnownField } from '../../custody';
import type { Slot } from '../formContext';
import { applyKnown, knownOfSlot, useAdmissionForm, useDraftSlot } from '../formContext';
import { useFieldHint } from './useFieldHint';
import { useTouchOnLeave } from './useTouchOnLeave';

type KnownNumberFieldProps = { fieldId: string; slot?: Slot; label?: string; hint?: string; disabled?: boolean };

/**
 * A whole number kept as typed (Arabic-Indic digits welcome; a mistyped value stays on
 * screen with a message instead of vanishing), with its value or why there is none.
 */
export function KnownNumberField({ fieldId, slot: givenSlot, label, hint, disabled }: KnownNumberFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const fullHint = useFieldHint(fieldId, hint);
  const ownSlot = useDraftSlot(fieldId);
  const slot = givenSlot ?? ownSlot;
  const { errorFor } = useAdmissionForm();
  return (
    <div ref={leaveRef} className="admission-field">
      <KnownField<string>
        fieldId={fieldId}
        label={label}
        hint={fullHint}
        error={errorFor(fieldId)}
        value={knownOfSlot(slot)}
        disabled={disabled}
        onChange={(next) => {
          applyKnown(slot, next);
        }}
        renderControl={(control) => (
          <input
            id={control.id}
            className="field-control admission-number"
            type="text"
            inputMode="numeric"
            dir="ltr"
            value={control.disabled ? '' : slot.text}
            disabled={control.disabled}
            aria-describedby={control.describedBy}
            aria-invalid={control.invalid}
            onChange={(event) => {
              applyKnown(slot, event.target.value === '' ? undefined : { value: event.target.value });
            }}
          />
        )}
      />
    </div>
  );
}
