import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import { useSession } from '../../../vault/useSession';
import { updateAction } from '../commands';
import { TextArea } from '../../../ui/TextArea';
import { ActionDialog } from './ActionDialog';
import { checkActionUpdate } from './actionForms';
import { ACTION_PROBLEM_KEYS } from './actionLabels';
import type { PlanFields } from './ActionPlanFields';
import { ActionPlanFields } from './ActionPlanFields';
import { useDialogCommand } from '../../../stores/useDialogCommand';
import { useCheckedForm } from '../../../ui/useCheckedForm';

/** Progress on an action: a note always, and a new owner, due date or priority if they changed. */
export function UpdateActionDialog({ action, onClose }: { action: ActionView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [note, setNote] = useState('');
  const [plan, setPlan] = useState<PlanFields>({ owner: action.owner, dueDate: action.dueDate, priority: action.priority });
  const { isBusy, run } = useDialogCommand(onClose, 'inspections.actions.failed');
  const { formRef, errors, submit } = useCheckedForm(
    () => checkActionUpdate({ note, ...plan }, action),
    (change) => void run(() => updateAction(session, action.id, change), 'inspections.actions.updated'),
  );
  return (
    <ActionDialog
      title={t('inspections.actions.updateTitle')}
      subject={action.what}
      submitLabel={t('inspections.actions.updateSubmit')}
      isBusy={isBusy}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextArea
        label={t('inspections.actions.note')}
        hint={t('inspections.actions.noteHint')}
        error={errors.note === undefined ? undefined : t(ACTION_PROBLEM_KEYS[errors.note])}
        value={note}
        onValueChange={setNote}
      />
      <ActionPlanFields fields={plan} errors={errors} onChange={(change) => { setPlan((current) => ({ ...current, ...change })); }} />
    </ActionDialog>
  );
}
