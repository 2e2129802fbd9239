import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { UnknownReason } from '@shared/custody/known';
import { UNKNOWN_REASONS } from '@shared/custody/known';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { FieldMessages } from '../../ui/FieldMessages';
import type { SelectOption } from '../../ui/SelectField';
import { useFieldIds } from '../../ui/useFieldIds';
import { fieldDomId, KnownField } from '../custody';
import type { FieldSpec, InputKind } from './fields/fieldTypes';
import { childPath } from './fields/fieldTypes';
import type { FormValues } from './fields/formValues';
import { countKey, countOf, isShown, knownKey, knownModeOf, withoutListItem, withValue } from './fields/formValues';
import { useFieldText } from './fields/useFieldText';
import { useFormat } from '../../i18n/useFormat';
import { ScalarControl } from './ScalarControl';

/** What every input of one form shares. */
export type FormContext = {
  readonly values: FormValues;
  readonly update: (change: (values: FormValues) => FormValues) => void;
  /** The message to show next to a field, by form path. */
  readonly errorOf: (path: string) => string | undefined;
  readonly eventOptions: (type: CustodyEventType) => readonly SelectOption<string>[];
};

type InputProps = { spec: FieldSpec; path: string; form: FormContext };

function useHint(spec: FieldSpec): string | undefined {
  const { t } = useTranslation();
  const { timeZone } = useFormat();
  if (spec.hint !== undefined) return t(spec.hint);
  if (spec.input.kind === 'instant') return t('detainee.input.instantHint', { zone: timeZone });
  if (spec.input.kind === 'partialDate') return t('detainee.input.partialDateHint');
  return spec.optional === true ? t('detainee.input.optional') : undefined;
}

function PlainField({ spec, path, form, label }: InputProps & { label: string }) {
  const hint = useHint(spec);
  const error = form.errorOf(path);
  const ids = useFieldIds(hint, error);
  return (
    <div className="field">
      <label htmlFor={fieldDomId(path)} className="field-label">
        {label}
      </label>
      <FieldMessages ids={ids} hint={hint} error={error} />
      <ScalarControl
        input={spec.input}
        value={form.values[path] ?? ''}
        onValue={(value) => { form.update((values) => withValue(values, path, value)); }}
        control={{ id: fieldDomId(path), describedBy: ids.describedBy, invalid: error ? true : undefined, disabled: false }}
        eventOptions={spec.input.kind === 'event' ? form.eventOptions(spec.input.eventType) : []}
      />
    </div>
  );
}

function KnownScalar({ spec, path, form, label }: InputProps & { label: string }) {
  const hint = useHint(spec);
  const mode = knownModeOf(form.values, path);
  const entered = form.values[path] ?? '';
  const value = mode !== 'value' ? { unknown: mode } : entered === '' ? undefined : { value: entered };
  return (
    <KnownField<string>
      fieldId={path}
      label={label}
      hint={hint}
      error={form.errorOf(path)}
      value={value}
      onChange={(next) => { form.update((values) => withValue(values, knownKey(path), next !== undefined && 'unknown' in next ? next.unknown : '')); }}
      renderControl={(control) => (
        <ScalarControl
          input={spec.input}
          value={entered}
          onValue={(typed) => { form.update((values) => withValue(values, path, typed)); }}
          control={control}
          eventOptions={spec.input.kind === 'event' ? form.eventOptions(spec.input.eventType) : []}
        />
      )}
    />
  );
}

function ReasonSelect({ path, label, form, id }: { path: string; label: string; form: FormContext; id: string | undefined }) {
  const { t } = useTranslation();
  const text = useFieldText();
  return (
    <select
      id={id}
      className="field-control detainee-known-reason"
      aria-label={t('detainee.input.answer', { field: label })}
      value={knownModeOf(form.values, path)}
      onChange={(event) => {
        const chosen = UNKNOWN_REASONS.find((reason) => reason === event.target.value);
        form.update((values) => withValue(values, knownKey(path), chosen ?? ''));
      }}
    >
      <option value="value">{t('detainee.input.valueGiven')}</option>
      {UNKNOWN_REASONS.map((reason: UnknownReason) => (
        <option key={reason} value={reason}>
          {text.labels.unknownReason(reason)}
        </option>
      ))}
    </select>
  );
}

/** A fieldset for a structured value: a group, a list or several choices, with its reason when it is a Known. */
function Compound({ spec, path, form, label, children }: InputProps & { label: string; children: ReactNode }) {
  const error = form.errorOf(path);
  const hint = useHint(spec);
  const ids = useFieldIds(hint, error);
  const isKnown = spec.known === true;
  const showsValue = !isKnown || knownModeOf(form.values, path) === 'value';
  return (
    <fieldset className="field detainee-compound" aria-describedby={ids.describedBy} id={isKnown ? undefined : fieldDomId(path)} tabIndex={isKnown ? undefined : -1}>
      <legend className="field-label">{label}</legend>
      <FieldMessages ids={ids} hint={hint} error={error} />
      {isKnown ? <ReasonSelect path={path} label={label} form={form} id={fieldDomId(path)} /> : null}
      {showsValue ? <div className="detainee-compound-body">{children}</div> : null}
    </fieldset>
  );
}

function ChoicesBody({ input, path, form }: { input: Extract<InputKind, { kind: 'choices' }>; path: string; form: FormContext }) {
  const text = useFieldText();
  return input.values.map((option) => {
    const key = childPath(path, option);
    const id = fieldDomId(key);
    return (
      <div key={option} className="choice">
        <input id={id} type="checkbox" className="choice-control" checked={form.values[key] === 'yes'} onChange={(event) => { form.update((values) => withValue(values, key, event.target.checked ? 'yes' : '')); }} />
        <label htmlFor={id} className="choice-label">
          {text.choice(input.labels, option)}
        </label>
      </div>
    );
  });
}

function ListBody({ input, path, labelPath, form }: { input: Extract<InputKind, { kind: 'list' }>; path: string; labelPath: string; form: FormContext }) {
  const { t } = useTranslation();
  const item = t(input.itemLabel);
  const count = countOf(form.values, path);
  return (
    <>
      {Array.from({ length: count }, (_, index) => {
        const itemPath = childPath(path, String(index));
        const name = t('detainee.input.item', { item, number: index + 1 });
        return (
          <div key={itemPath} className="detainee-list-item">
            <FieldInput spec={{ name: String(index), input: input.item }} path={itemPath} labelPath={childPath(labelPath, String(index))} form={form} label={name} />
            <Button onClick={() => { form.update((values) => withoutListItem(values, path, index)); }}>{t('detainee.input.remove', { item: name })}</Button>
          </div>
        );
      })}
      <Button onClick={() => { form.update((values) => withValue(values, countKey(path), String(count + 1))); }}>{t('detainee.input.add', { item })}</Button>
    </>
  );
}

type FieldInputProps = InputProps & {
  /** The field's payload path, for labels, when the form path differs (a correction's new value). */
  labelPath?: string;
  label?: string;
};

/** The input for one field of a form: a control, or a fieldset of them (groups and lists nest). */
export function FieldInput({ spec, path, labelPath = path, form, label }: FieldInputProps) {
  const text = useFieldText();
  const name = label ?? text.label(spec, labelPath);
  const { input } = spec;
  if (input.kind === 'group') {
    const shown = input.fields.filter((member) => isShown(member, path, form.values));
    return (
      <Compound spec={spec} path={path} form={form} label={name}>
        {shown.map((member) => (
          <FieldInput key={member.name} spec={member} path={childPath(path, member.name)} labelPath={childPath(labelPath, member.name)} form={form} />
        ))}
      </Compound>
    );
  }
  if (input.kind === 'list') {
    return (
      <Compound spec={spec} path={path} form={form} label={name}>
        <ListBody input={input} path={path} labelPath={labelPath} form={form} />
      </Compound>
    );
  }
  if (input.kind === 'choices') return <Compound spec={spec} path={path} form={form} label={name}><ChoicesBody input={input} path={path} form={form} /></Compound>;
  return spec.known === true ? <KnownScalar spec={spec} path={path} form={form} label={name} /> : <PlainField spec={spec} path={path} form={form} label={name} />;
}
