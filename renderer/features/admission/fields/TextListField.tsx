import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../../../ui/FieldMessages';
import { useCustodyLabels } from '../../custody';
import { useDraftSlot } from '../formContext';
import { AnswerSelect } from './AnswerSelect';
import { useFieldHint } from './useFieldHint';
import { useFieldWiring } from './useFieldWiring';
import { useTouchOnLeave } from './useTouchOnLeave';

type TextListFieldProps = {
  fieldId: string;
  hint?: string;
  /** Whether "none" is an answer (no vulnerability); a nationality or language list needs at least one item. */
  allowsNone?: boolean;
};

/** A short list typed in one input, items separated by commas, with "none" or why it is not known. */
export function TextListField({ fieldId, hint, allowsNone = false }: TextListFieldProps) {
  const leaveRef = useTouchOnLeave(fieldId);
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const slot = useDraftSlot(fieldId);
  const fullHint = useFieldHint(fieldId, [hint, t('admission.hint.list')].filter(Boolean).join(' '));
  const wiring = useFieldWiring(fieldId, fullHint);
  const name = labels.field(fieldId);
  const hasReason = slot.reason !== undefined;
  return (
    <div ref={leaveRef} className="field admission-field">
      <label htmlFor={wiring.ids.inputId} className="field-label">
        {name}
      </label>
      <FieldMessages ids={wiring.ids} hint={fullHint} error={wiring.error} />
      <div className="known-field-row">
        <div className="known-field-value">
          <input
            id={wiring.ids.inputId}
            className="field-control"
            type="text"
            dir="auto"
            value={hasReason ? '' : slot.text}
            disabled={hasReason}
            aria-describedby={wiring.ids.describedBy}
            aria-invalid={wiring.invalid}
            onChange={(event) => {
              slot.setText(event.target.value);
            }}
          />
        </div>
        <AnswerSelect name={name} slot={slot} givenLabel={t('custody.known.value')} allowsNone={allowsNone} describedBy={wiring.ids.describedBy} />
      </div>
    </div>
  );
}
