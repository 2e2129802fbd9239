import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureStatus } from '@shared/partners/events';
import { MEASURE_STATUSES } from '@shared/partners/events';
import type { MeasureView } from '@shared/partners/views';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../vault/useSession';
import { updateMeasure } from './commands';
import { FormDialog } from './FormDialog';
import type { MeasureUpdateFields } from './forms';
import { checkMeasureUpdate } from './forms';
import { MEASURE_STATUS_KEYS } from './labels';
import { useCheckedForm } from '../../ui/useCheckedForm';
import { useProblemText } from './useProblemText';

/** Progress on a measure: a note saying what happened, and its new status, owner or dates. */
export function MeasureUpdateDialog({ measure, onClose }: { measure: MeasureView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [fields, setFields] = useState<MeasureUpdateFields>({ note: '', owner: measure.owner, dueDate: measure.dueDate, reviewDate: measure.reviewDate, status: measure.status });
  const set = (change: Partial<MeasureUpdateFields>) => { setFields((current) => ({ ...current, ...change })); };
  const { isBusy, run } = useDialogCommand(onClose, 'partners.plan.failed');
  const { formRef, errors, submit } = useCheckedForm(() => checkMeasureUpdate(fields, measure), (change) => void run(() => updateMeasure(session, measure.id, change), 'partners.plan.updated'));
  const problem = useProblemText(errors);
  return (
    <FormDialog title={t('partners.plan.updateTitle')} subject={measure.description} submitLabel={t('partners.plan.updateSubmit')} isBusy={isBusy} formRef={formRef} onSubmit={submit} onClose={onClose}>
      <TextArea label={t('partners.plan.note')} hint={t('partners.plan.noteHint')} error={problem('note')} value={fields.note} onValueChange={(note) => { set({ note }); }} />
      <SelectField<MeasureStatus> label={t('partners.plan.status')} options={MEASURE_STATUSES.map((value) => ({ value, label: t(MEASURE_STATUS_KEYS[value]) }))} value={fields.status} onValueChange={(status) => { set({ status }); }} />
      <TextField label={t('partners.plan.owner')} error={problem('owner')} value={fields.owner} onValueChange={(owner) => { set({ owner }); }} />
      <TextField type="date" label={t('partners.plan.dueDate')} error={problem('dueDate')} value={fields.dueDate} onValueChange={(dueDate) => { set({ dueDate }); }} />
      <TextField type="date" label={t('partners.plan.reviewDate')} error={problem('reviewDate')} value={fields.reviewDate} onValueChange={(reviewDate) => { set({ reviewDate }); }} />
    </FormDialog>
  );
}
