import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../ui/SelectField';
import type { InputKind } from './fields/fieldTypes';
import { useFieldText } from './fields/useFieldText';

/** What a control needs from its field: where it is, how it is described, and whether it is in use. */
export type ControlProps = {
  id: string;
  describedBy: string | undefined;
  invalid: true | undefined;
  disabled: boolean;
};

type ScalarControlProps = {
  input: InputKind;
  value: string;
  onValue: (value: string) => void;
  control: ControlProps;
  /** The events a reference may name (open hospital stays, open solitary confinements). */
  eventOptions?: readonly SelectOption<string>[];
};

function Select({ options, value, onValue, control }: { options: readonly SelectOption<string>[]; value: string; onValue: (value: string) => void; control: ControlProps }) {
  const { t } = useTranslation();
  return (
    <select
      id={control.id}
      className="field-control"
      value={value}
      disabled={control.disabled}
      aria-describedby={control.describedBy}
      aria-invalid={control.invalid}
      onChange={(event) => {
        onValue(event.target.value);
      }}
    >
      <option value="">{t('detainee.input.choose')}</option>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** One value's control: a text, a date and time, a number, a yes/no or a choice. */
export function ScalarControl({ input, value, onValue, control, eventOptions = [] }: ScalarControlProps) {
  const { t } = useTranslation();
  const text = useFieldText();
  if (input.kind === 'boolean') {
    const options = [{ value: 'yes', label: t('detainee.value.yes') }, { value: 'no', label: t('detainee.value.no') }];
    return <Select options={options} value={value} onValue={onValue} control={control} />;
  }
  if (input.kind === 'choice') {
    return <Select options={input.values.map((option) => ({ value: option, label: text.choice(input.labels, option) }))} value={value} onValue={onValue} control={control} />;
  }
  if (input.kind === 'event') return <Select options={eventOptions} value={value} onValue={onValue} control={control} />;
  const common = {
    id: control.id,
    className: 'field-control',
    value,
    disabled: control.disabled,
    'aria-describedby': control.describedBy,
    'aria-invalid': control.invalid,
  };
  if (input.kind === 'text' && input.long === true) {
    return <textarea {...common} rows={3} dir="auto" onChange={(event) => { onValue(event.target.value); }} />;
  }
  const type = input.kind === 'instant' ? 'datetime-local' : input.kind === 'date' ? 'date' : 'text';
  const isNumeric = input.kind === 'number' || input.kind === 'partialDate';
  return (
    <input
      {...common}
      type={type}
      dir={isNumeric ? 'ltr' : 'auto'}
      inputMode={input.kind === 'number' ? 'numeric' : undefined}
      onChange={(event) => {
        onValue(event.target.value);
      }}
    />
  );
}
