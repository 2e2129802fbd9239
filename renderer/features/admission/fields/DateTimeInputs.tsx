import { useTranslation } from 'react-i18next';
import type { Slot } from '../formContext';

type DateTimeInputsProps = {
  /** The date input's id (`field-<path>`), which labels and problem lists point at. */
  id: string;
  /** The field's name, which each input's own name starts with. */
  name: string;
  date: Slot;
  time: Slot;
  describedBy: string | undefined;
  invalid: true | undefined;
  disabled: boolean;
};

/**
 * A date and an hour as two inputs: what is typed in one is kept even while the other is
 * empty, so a missing hour is named instead of the whole time silently vanishing. Both
 * are the facility's wall-clock time.
 */
export function DateTimeInputs({ id, name, date, time, describedBy, invalid, disabled }: DateTimeInputsProps) {
  const { t } = useTranslation();
  return (
    <div className="admission-date-time">
      <input
        id={id}
        className="field-control"
        type="date"
        dir="ltr"
        aria-label={t('admission.dateTime.date', { field: name })}
        value={disabled ? '' : date.text}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(event) => {
          date.setText(event.target.value);
        }}
      />
      <input
        id={`${id}-time`}
        className="field-control"
        type="time"
        dir="ltr"
        aria-label={t('admission.dateTime.time', { field: name })}
        value={disabled ? '' : time.text}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-invalid={invalid}
        onChange={(event) => {
          time.setText(event.target.value);
        }}
      />
    </div>
  );
}
