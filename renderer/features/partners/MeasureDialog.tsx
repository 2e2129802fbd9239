import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeasureKind, MeasureStatus } from '@shared/partners/events';
import { MEASURE_KINDS, MEASURE_STATUSES } from '@shared/partners/events';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { SelectField } from '../../ui/SelectField';
import { TextArea } from '../../ui/TextArea';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../vault/useSession';
import { addMeasure } from './commands';
import { FormDialog } from './FormDialog';
import type { MeasureFields } from './forms';
import { checkMeasure } from './forms';
import { MEASURE_KIND_KEYS, MEASURE_STATUS_KEYS } from './labels';
import { useCheckedForm } from '../../ui/useCheckedForm';
import { useProblemText } from './useProblemText';

/** A new measure of the partner's risk-mitigation plan. */
export function MeasureDialog({ partnerId, partnerName, onClose }: { partnerId: string; partnerName: string; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [fields, setFields] = useState<MeasureFields>({ kind: 'training', description: '', owner: '', dueDate: '', reviewDate: '', status: 'planned' });
  const set = (change: Partial<MeasureFields>) => { setFields((current) => ({ ...current, ...change })); };
  const { isBusy, run } = useDialogCommand(onClose, 'partners.plan.failed');
  const { formRef, errors, submit } = useCheckedForm(() => checkMeasure(fields, partnerId), (measure) => void run(() => addMeasure(session, measure), 'partners.plan.added'));
  const problem = useProblemText(errors);
  return (
    <FormDialog title={t('partners.plan.addTitle')} subject={partnerName} submitLabel={t('partners.plan.addSubmit')} isBusy={isBusy} formRef={formRef} onSubmit={submit} onClose={onClose}>
      <SelectField<MeasureKind> label={t('partners.plan.kind')} options={MEASURE_KINDS.map((value) => ({ value, label: t(MEASURE_KIND_KEYS[value]) }))} value={fields.kind} onValueChange={(kind) => { set({ kind }); }} />
      <TextArea label={t('partners.plan.description')} hint={t('partners.plan.descriptionHint')} error={problem('description')} value={fields.description} onValueChange={(description) => { set({ description }); }} />
      <TextField label={t('partners.plan.owner')} hint={t('partners.plan.ownerHint')} error={problem('owner')} value={fields.owner} onValueChange={(owner) => { set({ owner }); }} />
      <TextField type="date" label={t('partners.plan.dueDate')} error={problem('dueDate')} value={fields.dueDate} onValueChange={(dueDate) => { set({ dueDate }); }} />
      <TextField type="date" label={t('partners.plan.reviewDate')} hint={t('partners.plan.reviewHint')} error={problem('reviewDate')} value={fields.reviewDate} onValueChange={(reviewDate) => { set({ reviewDate }); }} />
      <SelectField<MeasureStatus> label={t('partners.plan.status')} options={MEASURE_STATUSES.map((value) => ({ value, label: t(MEASURE_STATUS_KEYS[value]) }))} value={fields.status} onValueChange={(status) => { set({ status }); }} />
    </FormDialog>
  );
}
