import type { EffectiveEvent } from '@shared/custody/projection/effective';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { ProblemList } from '../custody';
import { FieldInput } from './FieldInput';
import type { CorrectableField } from './fields/corrections';
import { needsSecondUser } from './fields/corrections';
import { useFieldText } from './fields/useFieldText';
import { FieldValue } from './FieldValues';
import { ReasonField } from './ReasonField';
import { NEW_VALUE_PATH, REASON_PATH, useCorrectionForm } from './useCorrectionForm';
import { useFieldErrors } from './useFieldErrors';
import { MissingList } from './MissingList';
import { currentValueAt } from './commands';

type CorrectionDialogProps = {
  record: CustodyRecord;
  targetEventId: string;
  target: EffectiveEvent;
  /** What the entry is called (its type and time), for the title. */
  entryName: string;
  fields: readonly CorrectableField[];
  initialPath: string | undefined;
  onClose: () => void;
};

type NewValueProps = { field: CorrectableField; target: EffectiveEvent; fieldName: string; state: ReturnType<typeof useCorrectionForm>; errorOf: (path: string) => string | undefined };

/** The chosen field as it reads now, its new value, and whether a second user must confirm the change. */
function NewValue({ field, target, fieldName, state, errorOf }: NewValueProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="detainee-current-value">
        <p className="field-label">{t('detainee.correct.current')}</p>
        <FieldValue spec={field.spec} path={field.path} json={currentValueAt(target, field.path)} />
      </div>
      <FieldInput
        spec={{ ...field.spec, name: 'to' }}
        path={NEW_VALUE_PATH}
        labelPath={field.path}
        label={t('detainee.correct.newValue', { field: fieldName })}
        form={{ values: state.values, update: state.update, errorOf, eventOptions: () => [] }}
      />
      {needsSecondUser(target.type, field.path) ? <Banner tone="info" title={t('detainee.correct.needsConfirmation')} /> : null}
    </>
  );
}

/** Corrects one field of an entry: old → new with a reason, never an edit in place. */
export function CorrectionDialog({ record, targetEventId, target, entryName, fields, initialPath, onClose }: CorrectionDialogProps) {
  const { t } = useTranslation();
  const text = useFieldText();
  const formId = useId();
  const state = useCorrectionForm({ record, targetEventId, target, fields, initialPath, onDone: onClose });
  const errorOf = useFieldErrors(state.missing, state.problems);
  const fieldName = (field: CorrectableField) => text.label(field.spec, field.path);
  const options = [{ value: '', label: t('detainee.correct.chooseField') }, ...fields.map((field) => ({ value: field.path, label: fieldName(field) }))];
  const { field } = state;
  const labelOf = (path: string) => (path === REASON_PATH ? t('detainee.correct.reason') : path === NEW_VALUE_PATH && field !== undefined ? t('detainee.correct.newValue', { field: fieldName(field) }) : undefined);
  return (
    <Dialog
      isOpen
      title={t('detainee.correct.title')}
      closeLabel={t('dialog.close')}
      onClose={onClose}
      footer={
        <>
          <Button type="submit" form={formId} variant="primary" isBusy={state.isBusy} busyLabel={t('detainee.form.saving')} disabled={field === undefined}>
            {t('detainee.correct.submit')}
          </Button>
          <Button onClick={onClose}>{t('dialog.cancel')}</Button>
        </>
      }
    >
      <form id={formId} noValidate onSubmit={(event) => { event.preventDefault(); void state.submit(); }}>
        <p>{t('detainee.correct.entry', { entry: entryName })}</p>
        <MissingList missing={state.missing} labelOf={(path) => labelOf(path) ?? path} />
        <ProblemList problems={state.problems} fieldLabel={labelOf} />
        <SelectField label={t('detainee.correct.field')} options={options} value={field?.path ?? ''} onValueChange={state.choose} />
        {field === undefined ? null : <NewValue field={field} target={target} fieldName={fieldName(field)} state={state} errorOf={errorOf} />}
        <ReasonField path={REASON_PATH} label={t('detainee.correct.reason')} hint={t('detainee.correct.reasonHint')} value={state.reason} onValue={state.setReason} error={errorOf(REASON_PATH)} />
      </form>
    </Dialog>
  );
}
