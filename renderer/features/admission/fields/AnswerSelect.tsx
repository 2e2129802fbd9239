import { useTranslation } from 'react-i18next';
import { UNKNOWN_REASONS } from '@shared/custody/known';
import { useCustodyLabels } from '../../custody';
import type { AnswerReason } from '../admissionDraft';
import type { Slot } from '../formContext';

type AnswerSelectProps = {
  /** Given when problem lists should land here (`field-<path>`). */
  id?: string;
  /** The field's name, for the select's own name ("Answer for Children"). */
  name: string;
  slot: Slot;
  /** What "answered" is called: the value given, or items listed. */
  givenLabel: string;
  /** Offer "none" (an empty list is an answer: no children, nothing held). */
  allowsNone?: boolean;
  describedBy?: string;
};

/** How a group of inputs is answered: with what is typed, "none", or why there is no answer. */
export function AnswerSelect({ id, name, slot, givenLabel, allowsNone = false, describedBy }: AnswerSelectProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const reasons: readonly AnswerReason[] = allowsNone ? ['none', ...UNKNOWN_REASONS] : UNKNOWN_REASONS;
  return (
    <select
      id={id}
      className="field-control known-field-reason admission-answer"
      aria-label={t('custody.known.answer', { field: name })}
      aria-describedby={describedBy}
      value={slot.reason ?? 'given'}
      onChange={(event) => {
        const chosen = reasons.find((reason) => reason === event.target.value);
        slot.setReason(chosen ?? null);
      }}
    >
      <option value="given">{givenLabel}</option>
      {reasons.map((reason) => (
        <option key={reason} value={reason}>
          {reason === 'none' ? t('admission.answer.none') : labels.unknownReason(reason)}
        </option>
      ))}
    </select>
  );
}
