import type { Known, UnknownReason } from '@shared/custody/known';
import { KnownInput } from '../../custody';
import type { SelectOption } from '../../../ui/SelectField';
import type { Slot } from '../formContext';
import { applyKnown, knownOfSlot, useAdmissionForm, useDraftSlot } from '../formContext';
import { useFieldHint } from './useFieldHint';
import { useTouchOnLeave } from './useTouchOnLeave';

type KnownSelectFieldProps = {
  fieldId: string;
  /** Where the text is kept; the form's own value at `fieldId` unless given (rows of a group give theirs). */
  slot?: Slot;
  options: readonly SelectOption<string>[];
  label?: string;
  hint?: string;
  reasons?: readonly UnknownReason[];
  disabled?: boolean;
};

/** A choice with its value, or why there is none. */
export function KnownSelectField({ fieldId, slot: givenSlot, options, label, hint, reasons, disabled }: KnownSelectFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const fullHint = useFieldHint(fieldId, hint);
  const ownSlot = useDraftSlot(fieldId);
  const slot = givenSlot ?? ownSlot;
  const { errorFor } = useAdmissionForm();
  return (
    <div ref={leaveRef} className="admission-field">
      <KnownInput
        fieldId={fieldId}
        kind="select"
        label={label}
        hint={fullHint}
        error={errorFor(fieldId)}
        options={options}
        value={knownOfSlot(slot)}
        reasons={reasons}
        disabled={disabled}
        onChange={(next: Known<string> | undefined) => {
          applyKnown(slot, next);
        }}
      />
    </div>
  );
}
