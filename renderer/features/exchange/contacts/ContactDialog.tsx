import type { ContactRecord } from '@shared/exchange/contacts';
import { contactOf } from '@shared/exchange/contacts';
import type { ContactAction } from './contactAction';
import { ConfirmFingerprintDialog } from './ConfirmFingerprintDialog';
import { RevokeDialog } from './RevokeDialog';
import { RolesDialog } from './RolesDialog';

type ContactDialogProps = { action: ContactAction | null; contacts: readonly ContactRecord[]; onClose: () => void };

/** The dialog of the chosen action, on the contact as it is now. */
export function ContactDialog({ action, contacts, onClose }: ContactDialogProps) {
  const contact = action === null ? undefined : contactOf(contacts, action.ledger);
  if (action === null || contact === undefined) return null;
  switch (action.kind) {
    case 'confirm':
      return <ConfirmFingerprintDialog contact={contact} onClose={onClose} />;
    case 'roles':
      return <RolesDialog contact={contact} onClose={onClose} />;
    case 'revoke':
      return <RevokeDialog contact={contact} onClose={onClose} />;
  }
}
