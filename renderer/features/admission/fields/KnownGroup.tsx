import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldMessages } from '../../../ui/FieldMessages';
import { useCustodyLabels } from '../../custody';
import { useDraftSlot } from '../formContext';
import { AnswerSelect } from './AnswerSelect';
import { useFieldWiring } from './useFieldWiring';
import { useFieldHint } from './useFieldHint';

type KnownGroupProps = {
  fieldId: string;
  hint?: string;
  /** The parts, shown while no reason stands for the whole group. */
  children: ReactNode;
};

/**
 * A field made of parts (an examination's time and examiner, a contact's name and
 * address): named as one group, answered as a whole or given a reason as a whole.
 */
export function KnownGroup({ fieldId, hint, children }: KnownGroupProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const slot = useDraftSlot(fieldId);
  const fullHint = useFieldHint(fieldId, hint);
  const wiring = useFieldWiring(fieldId, fullHint);
  const name = labels.field(fieldId);
  return (
    <fieldset className="field admission-group" aria-describedby={wiring.ids.describedBy}>
      <legend className="field-label">{name}</legend>
      <FieldMessages ids={wiring.ids} hint={fullHint} error={wiring.error} />
      <AnswerSelect id={wiring.ids.inputId} name={name} slot={slot} givenLabel={t('custody.known.value')} />
      {slot.reason === undefined ? <div className="admission-group-parts">{children}</div> : null}
    </fieldset>
  );
}
