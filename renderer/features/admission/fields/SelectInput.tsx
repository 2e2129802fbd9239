import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../../../ui/FieldMessages';
import type { SelectOption } from '../../../ui/SelectField';
import type { Slot } from '../formContext';
import { useDraftSlot } from '../formContext';
import { useFieldWiring } from './useFieldWiring';
import { useFieldHint } from './useFieldHint';

type SelectInputProps = {
  fieldId: string;
  label: string;
  /** Where the text is kept; the form's own value at `fieldId` unless given (rows of a group give theirs). */
  slot?: Slot;
  options: readonly SelectOption<string>[];
  hint?: string;
  /** Offer "Choose…" while nothing is chosen; false when the field always holds a choice. */
  canBeEmpty?: boolean;
  disabled?: boolean;
};

/** A choice the admission cannot do without (a document's holder, a separation part). */
export function SelectInput({ fieldId, label, slot: givenSlot, options, hint, canBeEmpty = true, disabled = false }: SelectInputProps) {
  const ownSlot = useDraftSlot(fieldId);
  const slot = givenSlot ?? ownSlot;
  const { t } = useTranslation();
  const fullHint = useFieldHint(fieldId, hint);
  const wiring = useFieldWiring(fieldId, fullHint);
  return (
    <div className="field">
      <label htmlFor={wiring.ids.inputId} className="field-label">
        {label}
      </label>
      <FieldMessages ids={wiring.ids} hint={fullHint} error={wiring.error} />
      <select
        id={wiring.ids.inputId}
        className="field-control"
        value={slot.text}
        disabled={disabled}
        aria-describedby={wiring.ids.describedBy}
        aria-invalid={wiring.invalid}
        onBlur={wiring.onBlur}
        onChange={(event) => {
          slot.setText(event.target.value);
        }}
      >
        {canBeEmpty || slot.text === '' ? <option value="">{t('custody.known.choose')}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
