import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRecord } from '@shared/exchange/contacts';
import type { ContactRoles } from '@shared/exchange/eventTypes';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { useCan } from '../../../vault/useCan';
import { useSession } from '../../../vault/useSession';
import { changeRoles } from './commands';
import { RoleCheckboxes } from './RoleCheckboxes';
import { useDialogCommand } from '../../../stores/useDialogCommand';

type RolesDialogProps = { contact: ContactRecord; onClose: () => void };

/** Whether bundles go to this contact, come from it, or both. */
export function RolesDialog({ contact, onClose }: RolesDialogProps) {
  const { t } = useTranslation();
  const session = useSession();
  const canBeSource = useCan('exchange.import');
  const command = useDialogCommand(onClose, 'exchange.failed');
  const [roles, setRoles] = useState<ContactRoles>(contact.roles);
  // A person who may not import keeps the source role as it was; they cannot see or change it.
  const chosen = { recipient: roles.recipient, source: canBeSource ? roles.source : contact.roles.source };
  const hasRole = chosen.recipient || chosen.source;
  const footer = (
    <>
      <Button onClick={onClose}>{t('dialog.cancel')}</Button>
      <Button
        variant="primary"
        isBusy={command.isBusy}
        busyLabel={t('exchange.saving')}
        onClick={() => {
          if (hasRole) void command.run(() => changeRoles(session, contact.card.ledger, chosen), 'exchange.roles.changed');
        }}
      >
        {t('exchange.roles.save')}
      </Button>
    </>
  );
  return (
    <Dialog isOpen title={t('exchange.roles.title', { facility: contact.card.facility })} closeLabel={t('dialog.close')} onClose={onClose} footer={footer}>
      <RoleCheckboxes roles={roles} onChange={setRoles} canBeSource={canBeSource} error={hasRole ? undefined : t('exchange.roles.required')} />
    </Dialog>
  );
}
