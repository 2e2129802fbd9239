import type { JsonObject, JsonValue } from '@shared/crypto/canonicalJson';
import type { UnknownReason } from '@shared/custody/known';
import { useTranslation } from 'react-i18next';
import type { FieldSpec, InputKind } from './fields/fieldTypes';
import { childPath } from './fields/fieldTypes';
import type { FieldText } from './fields/useFieldText';
import { useFieldText } from './fields/useFieldText';

type Shared = {
  text: FieldText;
  /** Names an event another field points at (the hospital stay a return ends). */
  eventName?: (id: string) => string;
};

function isObject(json: JsonValue | undefined): json is JsonObject {
  return typeof json === 'object' && json !== null && !Array.isArray(json);
}

function InputValue({ input, path, json, shared }: { input: InputKind; path: string; json: JsonValue; shared: Shared }) {
  const { t } = useTranslation();
  if (input.kind === 'group') {
    return isObject(json) ? <Rows fields={input.fields} parent={path} payload={json} shared={shared} /> : null;
  }
  if (input.kind === 'list' || input.kind === 'choices') {
    const items = Array.isArray(json) ? json : [];
    if (items.length === 0) return <span className="detainee-value-none">{t('detainee.value.none')}</span>;
    const item: InputKind = input.kind === 'list' ? input.item : input;
    return (
      <ol className="detainee-value-list">
        {items.map((entry, index) => (
          // Items have no identity of their own: their place in the list is what a correction names.
          <li key={index}>
            <InputValue input={item} path={childPath(path, String(index))} json={entry} shared={shared} />
          </li>
        ))}
      </ol>
    );
  }
  return <span dir="auto">{shared.text.scalar(input, json, shared.eventName)}</span>;
}

function KnownValue({ spec, path, json, shared }: { spec: FieldSpec; path: string; json: JsonValue | undefined; shared: Shared }) {
  const { t } = useTranslation();
  if (json === undefined || json === null) return <span className="detainee-value-none">{t('detainee.value.missing')}</span>;
  if (spec.known !== true) return <InputValue input={spec.input} path={path} json={json} shared={shared} />;
  if (isObject(json) && typeof json.unknown === 'string') {
    return <span className="detainee-value-unknown">{shared.text.labels.unknownReason(json.unknown as UnknownReason)}</span>;
  }
  if (isObject(json) && json.value !== undefined) return <InputValue input={spec.input} path={path} json={json.value} shared={shared} />;
  return <span className="detainee-value-none">{t('detainee.value.missing')}</span>;
}

function Rows({ fields, parent, payload, shared, marked }: { fields: readonly FieldSpec[]; parent: string; payload: JsonObject; shared: Shared; marked?: ReadonlySet<string> }) {
  const { t } = useTranslation();
  const shown = fields.filter((spec) => payload[spec.name] !== undefined);
  return (
    <dl className="detainee-fields">
      {shown.map((spec) => {
        const path = childPath(parent, spec.name);
        return (
          <div key={spec.name} className="detainee-field">
            <dt>
              {shared.text.label(spec, path)}
              {marked?.has(spec.name) === true ? <span className="detainee-corrected-mark"> ({t('detainee.timeline.correctedMark')})</span> : null}
            </dt>
            <dd>
              <KnownValue spec={spec} path={path} json={payload[spec.name]} shared={shared} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

type FieldValuesProps = {
  fields: readonly FieldSpec[];
  payload: JsonObject;
  /** The path of `payload` in its event (an admission section's id), for labels. */
  parent?: string;
  /** Top-level members that were corrected, marked as such. */
  corrected?: ReadonlySet<string>;
  eventName?: (id: string) => string;
};

/** The members of a payload, labelled, as a description list (groups and lists nested). */
export function FieldValues({ fields, payload, parent = '', corrected, eventName }: FieldValuesProps) {
  const text = useFieldText();
  return <Rows fields={fields} parent={parent} payload={payload} shared={{ text, ...(eventName === undefined ? {} : { eventName }) }} {...(corrected === undefined ? {} : { marked: corrected })} />;
}

type SingleValueProps = { spec: FieldSpec; path: string; json: JsonValue | undefined; eventName?: (id: string) => string };

/** One field's value (a correction's before or after). */
export function FieldValue({ spec, path, json, eventName }: SingleValueProps) {
  const text = useFieldText();
  return <KnownValue spec={spec} path={path} json={json} shared={{ text, ...(eventName === undefined ? {} : { eventName }) }} />;
}
