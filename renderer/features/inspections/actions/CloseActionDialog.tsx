import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionView } from '@shared/inspection/actionViews';
import { useSession } from '../../../vault/useSession';
import { closeAction } from '../commands';
import { TextArea } from '../../../ui/TextArea';
import { ActionDialog } from './ActionDialog';
import { checkClosure } from './actionForms';
import { ACTION_PROBLEM_KEYS } from './actionLabels';
import { useDialogCommand } from '../../../stores/useDialogCommand';
import { useCheckedForm } from '../../../ui/useCheckedForm';

/** Marks an action done; saying how it was verified is required, so "done" always means "seen done". */
export function CloseActionDialog({ action, onClose }: { action: ActionView; onClose: () => void }) {
  const { t } = useTranslation();
  const session = useSession();
  const [note, setNote] = useState('');
  const { isBusy, run } = useDialogCommand(onClose, 'inspections.actions.failed');
  const { formRef, errors, submit } = useCheckedForm(
    () => checkClosure(note),
    (verification) => void run(() => closeAction(session, action.id, verification), 'inspections.actions.closed'),
  );
  return (
    <ActionDialog
      title={t('inspections.actions.closeTitle')}
      subject={action.what}
      submitLabel={t('inspections.actions.closeSubmit')}
      isBusy={isBusy}
      formRef={formRef}
      onSubmit={submit}
      onClose={onClose}
    >
      <TextArea
        label={t('inspections.actions.verification')}
        hint={t('inspections.actions.verificationHint')}
        error={errors.note === undefined ? undefined : t(ACTION_PROBLEM_KEYS[errors.note])}
        value={note}
        onValueChange={setNote}
      />
    </ActionDialog>
  );
}
