import { FieldMessages } from '../../../ui/FieldMessages';
import type { Slot } from '../formContext';
import { useDraftSlot } from '../formContext';
import { useFieldWiring } from './useFieldWiring';
import { useFieldHint } from './useFieldHint';

type TextInputProps = {
  fieldId: string;
  label: string;
  /** Where the text is kept; the form's own value at `fieldId` unless given (rows of a group give theirs). */
  slot?: Slot;
  hint?: string;
  multiline?: boolean;
  /** `auto` for names and places that may be typed in either script. */
  dir?: 'auto' | 'ltr';
  disabled?: boolean;
};

/** A text the admission cannot do without (no unknown choice): the place of detention, a document's kind. */
export function TextInput({ fieldId, label, slot: givenSlot, hint, multiline = false, dir = 'auto', disabled = false }: TextInputProps) {
  const ownSlot = useDraftSlot(fieldId);
  const slot = givenSlot ?? ownSlot;
  const fullHint = useFieldHint(fieldId, hint);
  const wiring = useFieldWiring(fieldId, fullHint);
  const common = {
    id: wiring.ids.inputId,
    className: 'field-control',
    value: slot.text,
    dir,
    disabled,
    'aria-describedby': wiring.ids.describedBy,
    'aria-invalid': wiring.invalid,
    onBlur: wiring.onBlur,
  };
  return (
    <div className="field">
      <label htmlFor={wiring.ids.inputId} className="field-label">
        {label}
      </label>
      <FieldMessages ids={wiring.ids} hint={fullHint} error={wiring.error} />
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => { slot.setText(event.target.value); }} />
      ) : (
        <input {...common} type="text" onChange={(event) => { slot.setText(event.target.value); }} />
      )}
    </div>
  );
}
