import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanText, textProblem } from '@shared/util/text';
import type { UserRecord } from '../../ledger';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../vault/useSession';
import { removeUser } from './commands';
import { REMOVAL_MESSAGES } from './ruleMessages';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { removalProblem } from './userRules';

type RemoveUserDialogProps = { user: UserRecord; users: readonly UserRecord[]; onClose: () => void };

const REASON_MAX = 500;

/** Withdraws a user's access, with a reason for the audit trail. Their past entries keep their name. */
export function RemoveUserDialog({ user, users, onClose }: RemoveUserDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const command = useDialogCommand(onClose, 'users.failed');
  const [reason, setReason] = useState('');
  const [isReasonShown, setIsReasonShown] = useState(false);
  const problem = removalProblem(users, user, session.user.id);
  const reasonProblem = textProblem(reason, REASON_MAX);
  const confirm = (): void => {
    setIsReasonShown(true);
    if (problem === null && reasonProblem === null) void command.run(() => removeUser(session, users, user, cleanText(reason)), 'users.removed');
  };
  const footer = (
    <>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
      {problem === null ? <Button variant="danger" isBusy={command.isBusy} onClick={confirm}>{t('users.remove.confirm')}</Button> : null}
    </>
  );
  const reasonError = isReasonShown && reasonProblem !== null ? t('users.remove.reasonRequired') : undefined;
  return (
    <Dialog isOpen title={t('users.remove.title', { name: user.name })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      {problem !== null ? <Banner tone="warning" title={t(REMOVAL_MESSAGES[problem])} /> : <p>{t('users.remove.body')}</p>}
      {problem === null ? <TextField label={t('users.remove.reason')} hint={t('users.remove.reasonHint')} error={reasonError} dir="auto" value={reason} onValueChange={setReason} /> : null}
    </Dialog>
  );
}
