import type { Known } from '@shared/custody/known';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelectOption } from '../../ui/SelectField';
import type { KnownControlProps, KnownFieldProps } from './KnownField';
import { KnownField } from './KnownField';

type Shared<T> = Omit<KnownFieldProps<T>, 'renderControl'> & {
  /** Direction of what is typed: `auto` for names that may be in either script. */
  dir?: 'auto' | 'ltr' | 'rtl';
  maxLength?: number;
  autoComplete?: string;
};

/**
 * Text values: `text`, `textarea`, `date` (`YYYY-MM-DD`) and `datetime-local` (local
 * `YYYY-MM-DDTHH:mm`, to convert with localInputToInstant before writing).
 */
export type KnownTextInputProps = Shared<string> & { kind?: 'text' | 'textarea' | 'date' | 'datetime-local'; min?: string; max?: string };
export type KnownNumberInputProps = Shared<number> & { kind: 'number'; min?: number; max?: number };
export type KnownSelectInputProps<V extends string> = Shared<V> & { kind: 'select'; options: readonly SelectOption<V>[] };
export type KnownInputProps<V extends string = string> = KnownTextInputProps | KnownNumberInputProps | KnownSelectInputProps<V>;

const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Digits typed on an Arabic or Persian keyboard read as 0–9. */
export function normaliseDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

function textKnown(text: string): Known<string> | undefined {
  return text.trim() === '' ? undefined : { value: text };
}

function TextControl({ props, control }: { props: KnownTextInputProps; control: KnownControlProps }) {
  const text = props.value !== undefined && 'value' in props.value ? props.value.value : '';
  const common = {
    id: control.id,
    className: 'field-control',
    value: text,
    dir: props.dir,
    maxLength: props.maxLength,
    autoComplete: props.autoComplete,
    disabled: control.disabled,
    'aria-describedby': control.describedBy,
    'aria-invalid': control.invalid,
  };
  if (props.kind === 'textarea') {
    return <textarea {...common} rows={3} onChange={(event) => { props.onChange(textKnown(event.target.value)); }} />;
  }
  return <input {...common} type={props.kind ?? 'text'} min={props.min} max={props.max} onChange={(event) => { props.onChange(textKnown(event.target.value)); }} />;
}

/**
 * A number typed as text, so Arabic-Indic digits work and a half-typed value is not lost;
 * what is not a number is handed on as NaN, which validation refuses with a message.
 */
function NumberControl({ props, control }: { props: KnownNumberInputProps; control: KnownControlProps }) {
  const current = props.value !== undefined && 'value' in props.value ? props.value.value : undefined;
  // What was typed, with the number it gave: shown while the parent still holds that number.
  const [entry, setEntry] = useState({ text: current === undefined ? '' : String(current), number: current });
  const shown = Object.is(entry.number, current) ? entry.text : current === undefined ? '' : String(current);
  return (
    <input
      id={control.id}
      className="field-control"
      type="text"
      inputMode="numeric"
      dir="ltr"
      value={shown}
      disabled={control.disabled}
      aria-describedby={control.describedBy}
      aria-invalid={control.invalid}
      onChange={(event) => {
        const typed = event.target.value;
        const normalised = normaliseDigits(typed).trim();
        const next = normalised === '' ? undefined : Number(normalised);
        setEntry({ text: typed, number: next });
        props.onChange(next === undefined ? undefined : { value: next });
      }}
    />
  );
}

function SelectControl<V extends string>({ props, control }: { props: KnownSelectInputProps<V>; control: KnownControlProps }) {
  const { t } = useTranslation();
  const chosen = props.value !== undefined && 'value' in props.value ? props.value.value : '';
  return (
    <select
      id={control.id}
      className="field-control"
      value={chosen}
      disabled={control.disabled}
      aria-describedby={control.describedBy}
      aria-invalid={control.invalid}
      onChange={(event) => {
        const option = props.options.find((item) => item.value === event.target.value);
        props.onChange(option === undefined ? undefined : { value: option.value });
      }}
    >
      <option value="">{t('custody.known.choose')}</option>
      {props.options.map((option) => (
        <option key={option.value} value={option.value} lang={option.lang}>
          {option.label}
        </option>
      ))}
    </select>
  );
}

/** A register field with a value or the reason it has none; see KnownField for other controls. */
export function KnownInput<V extends string = string>(props: KnownInputProps<V>) {
  if (props.kind === 'number') return <KnownField<number> {...props} renderControl={(control) => <NumberControl props={props} control={control} />} />;
  if (props.kind === 'select') return <KnownField<V> {...props} renderControl={(control) => <SelectControl props={props} control={control} />} />;
  return <KnownField<string> {...props} renderControl={(control) => <TextControl props={props} control={control} />} />;
}
