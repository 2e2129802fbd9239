import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { ProblemList, StandardsList } from '../custody';
import { FieldInput } from './FieldInput';
import type { FormContext } from './FieldInput';
import { openEpisodes } from './fields/episodes';
import type { EventSpec } from './fields/fieldTypes';
import { specAtPath } from './fields/fieldTypes';
import { isShown } from './fields/formValues';
import { useFieldText } from './fields/useFieldText';
import { useFieldErrors } from './useFieldErrors';
import { MissingList } from './MissingList';
import { OCCURRED_AT_FIELD, useEventForm } from './useEventForm';

type RecordEventFormProps = {
  record: CustodyRecord;
  spec: EventSpec;
  onClose: () => void;
};

const OCCURRED_AT_SPEC = { name: OCCURRED_AT_FIELD, label: 'detainee.form.occurredAt', input: { kind: 'instant' } } as const;

/** How the form names its fields (for the problem lists) and offers the episodes a reference may close. */
function useFormWords(record: CustodyRecord, spec: EventSpec) {
  const { t } = useTranslation();
  const text = useFieldText();
  const format = useFormat();
  const labelOf = (path: string): string | undefined => {
    if (path === OCCURRED_AT_FIELD) return t('detainee.form.occurredAt');
    const found = specAtPath(spec.fields, path);
    return found === undefined ? undefined : text.label(found, path);
  };
  const eventOptions = (type: CustodyEventType) =>
    openEpisodes(record, type).map((entry) => ({ value: entry.id, label: t('detainee.form.episode', { type: text.labels.eventType(type), time: format.dateTime(new Date(entry.occurredMs)) }) }));
  return { typeName: text.labels.eventType(spec.type), labelOf, eventOptions };
}

/** The short form of one later event; recorded as one ledger event, or not at all. */
export function RecordEventForm({ record, spec, onClose }: RecordEventFormProps) {
  const { t } = useTranslation();
  const state = useEventForm(record, spec, onClose);
  const errorOf = useFieldErrors(state.missing, state.problems);
  const { typeName, labelOf, eventOptions } = useFormWords(record, spec);
  const form: FormContext = { values: state.values, update: state.update, errorOf, eventOptions };
  return (
    <form
      className="detainee-event-form"
      noValidate
      aria-label={typeName}
      onSubmit={(event) => {
        event.preventDefault();
        void state.submit();
      }}
    >
      <h3 className="detainee-form-title">{typeName}</h3>
      <details className="detainee-sources">
        <summary>{t('detainee.form.sources')}</summary>
        <StandardsList fieldId={spec.type} />
      </details>
      <MissingList missing={state.missing} labelOf={(path) => labelOf(path) ?? path} />
      <ProblemList problems={state.problems} fieldLabel={labelOf} />
      <FieldInput spec={OCCURRED_AT_SPEC} path={OCCURRED_AT_FIELD} form={form} />
      {spec.fields.map((field) => (isShown(field, '', state.values) ? <FieldInput key={field.name} spec={field} path={field.name} form={form} /> : null))}
      <div className="detainee-form-actions">
        <Button type="submit" variant="primary" isBusy={state.isBusy} busyLabel={t('detainee.form.saving')}>
          {t('detainee.form.submit', { type: typeName })}
        </Button>
        <Button onClick={onClose}>{t('dialog.cancel')}</Button>
      </div>
    </form>
  );
}
