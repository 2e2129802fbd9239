import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InspectionRecord } from '@shared/inspection/inspectionsProjection';
import type { Finding } from '@shared/inspection/summary';
import { useSession } from '../../../vault/useSession';
import { openAction } from '../commands';
import { RATING_KEYS } from '../labels';
import { useTemplateLanguage } from '../queries';
import { TextArea } from '../../../ui/TextArea';
import { ActionDialog } from './ActionDialog';
import { checkNewAction } from './actionForms';
import { ACTION_PROBLEM_KEYS } from './actionLabels';
import type { PlanFields } from './ActionPlanFields';
import { ActionPlanFields } from './ActionPlanFields';
import { useDialogCommand } from '../../../stores/useDialogCommand';
import { useCheckedForm } from '../../../ui/useCheckedForm';

type OpenActionDialogProps = { record: InspectionRecord; finding: Finding; onClose: () => void };

/** A corrective action for one finding: what must change, who does it, by when, how urgently. */
export function OpenActionDialog({ record, finding, onClose }: OpenActionDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const language = useTemplateLanguage();
  const [what, setWhat] = useState('');
  const [plan, setPlan] = useState<PlanFields>({ owner: '', dueDate: '', priority: finding.rating === 'not_compliant' ? 'high' : 'medium' });
  const { isBusy, run } = useDialogCommand(onClose, 'inspections.actions.failed');
  const source = { inspectionId: record.id, itemId: finding.item.id };
  const { formRef, errors, submit } = useCheckedForm(
    () => checkNewAction({ what, ...plan }),
    (fields) => void run(() => openAction(session, { facility: record.payload.facility, source, ...fields }), 'inspections.actions.opened'),
  );
  return (
    <ActionDialog
      title={t('inspections.actions.openTitle')}
      subject={`${t(RATING_KEYS[finding.rating])}: ${finding.item.label[language]}`}
      submitLabel={t('inspections.actions.openSubmit')}
      isBusy={isBusy}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextArea
        label={t('inspections.actions.what')}
        hint={t('inspections.actions.whatHint')}
        error={errors.what === undefined ? undefined : t(ACTION_PROBLEM_KEYS[errors.what])}
        value={what}
        onValueChange={setWhat}
      />
      <ActionPlanFields fields={plan} errors={errors} onChange={(change) => { setPlan((current) => ({ ...current, ...change })); }} />
    </ActionDialog>
  );
}
