import type { UnknownReason } from '@shared/custody/known';
import { KnownInput } from '../../custody';
import type { Slot } from '../formContext';
import { applyKnown, knownOfSlot, useAdmissionForm, useDraftSlot } from '../formContext';
import { useFieldHint } from './useFieldHint';
import { useTouchOnLeave } from './useTouchOnLeave';

type KnownTextFieldProps = {
  fieldId: string;
  /** Where the text is kept; the form's own value at `fieldId` unless given (rows of a group give theirs). */
  slot?: Slot;
  label?: string;
  hint?: string;
  kind?: 'text' | 'textarea' | 'date';
  dir?: 'auto' | 'ltr';
  reasons?: readonly UnknownReason[];
  disabled?: boolean;
};

/** A text field with its value, or why there is none (unknown, refused, does not apply). */
export function KnownTextField({ fieldId, slot: givenSlot, label, hint, kind = 'text', dir = 'auto', reasons, disabled }: KnownTextFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const fullHint = useFieldHint(fieldId, hint);
  const ownSlot = useDraftSlot(fieldId);
  const slot = givenSlot ?? ownSlot;
  const { errorFor } = useAdmissionForm();
  return (
    <div ref={leaveRef} className="admission-field">
      <KnownInput
        fieldId={fieldId}
        kind={kind}
        label={label}
        hint={fullHint}
        error={errorFor(fieldId)}
        dir={kind === 'date' ? 'ltr' : dir}
        value={knownOfSlot(slot)}
        reasons={reasons}
        disabled={disabled}
        onChange={(next) => {
          applyKnown(slot, next);
        }}
      />
    </div>
  );
}
