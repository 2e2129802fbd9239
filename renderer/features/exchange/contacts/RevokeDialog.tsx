import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import { REVOKE_REASON_MAX_CHARS } from '@shared/exchange/eventTypes';
import { cleanText, textProblem } from '@shared/util/text';
import type { TextProblem } from '@shared/util/text';
import type { TranslationKey } from '../../../i18n/translationKey';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { TextField } from '../../../ui/TextField';
import { useSession } from '../../../vault/useSession';
import { revocationStart, revokeContact } from './commands';
import { useDialogCommand } from '../../../stores/useDialogCommand';

const REASON_PROBLEM_KEYS = {
  required: 'exchange.revoke.reasonRequired',
  'too-long': 'exchange.revoke.reasonTooLong',
  control: 'exchange.revoke.reasonControl',
} as const satisfies Record<TextProblem, TranslationKey>;

type RevokeDialogProps = { contact: ContactRecord; onClose: () => void };

/** Stops using a contact's keys: nothing more is sent to it, and its later bundles are refused. */
export function RevokeDialog({ contact, onClose }: RevokeDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const command = useDialogCommand(onClose, 'exchange.failed');
  const [reason, setReason] = useState('');
  const [isTried, setTried] = useState(false);
  const problem = textProblem(cleanText(reason), REVOKE_REASON_MAX_CHARS);
  const error = isTried && problem !== null ? t(REASON_PROBLEM_KEYS[problem]) : undefined;
  const revoke = (): void => {
    setTried(true);
    if (problem === null) void command.run(() => revokeContact(session, contact.card.ledger, cleanText(reason)), 'exchange.revoke.done');
  };
  const footer = (
    <>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
      <Button variant="danger" isBusy={command.isBusy} busyLabel={t('exchange.saving')} onClick={revoke}>
        {t('exchange.revoke.confirm')}
      </Button>
    </>
  );
  return (
    <Dialog isOpen title={t('exchange.revoke.title', { facility: contact.card.facility })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      <p>{t('exchange.revoke.body', { from: revocationStart(session, contact.card.ledger) })}</p>
      <TextField label={t('exchange.revoke.reason')} hint={t('exchange.revoke.reasonHint')} error={error} value={reason} onValueChange={setReason} dir="auto" />
    </Dialog>
  );
}
