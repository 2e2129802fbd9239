import { useState } from 'react';
import type { ContactRoles } from '@shared/exchange/eventTypes';
import type { IdentityCard } from '@shared/ledger/identity';
import { useUiStore } from '../../../stores/uiStore';
import { useCan } from '../../../vault/useCan';
import { useSession } from '../../../vault/useSession';
import { addContact } from './commands';
import { useCardReader } from './useCardReader';

/** The add-contact form: read a card (file or text), check it, choose roles, add it. */
export function useAddContact(onAdded: (card: IdentityCard) => void, fileTypeName: string) {
  const session = useSession();
  const reader = useCardReader(fileTypeName);
  const canBeSource = useCan('exchange.import');
  const showToast = useUiStore((state) => state.showToast);
  const [roles, setRoles] = useState<ContactRoles>({ recipient: true, source: canBeSource });
  const [isBusy, setBusy] = useState(false);
  const hasRole = roles.recipient || (roles.source && canBeSource);
  const add = async (): Promise<void> => {
    const { card } = reader;
    if (card === null || isBusy || !hasRole) return;
    setBusy(true);
    try {
      await addContact(session, card, { recipient: roles.recipient, source: roles.source && canBeSource });
      showToast('success', 'exchange.addContact.added');
      reader.reset();
      onAdded(card);
    } catch {
      showToast('error', 'exchange.failed');
    } finally {
      setBusy(false);
    }
  };
  return { ...reader, roles, setRoles, canBeSource, hasRole, isBusy, add };
}
