import { useState } from 'react';
import type { ContactRecord } from '@shared/exchange/contacts';
import type { OutboxEntry } from './outboxModel';
import type { SavedBundle } from './useSavedBundlePicker';

/** A recipient of the bundle, and why it cannot be chosen, if it cannot. */
export type Candidate = { contact: ContactRecord; blockedBy: 'no-endpoint' | 'already' | null };

/** The recipients this bundle can go to: its addressees (any recipient for a passphrase bundle) that are still confirmed. */
export function candidatesFor(bundle: SavedBundle, recipients: readonly ContactRecord[], endpoints: Readonly<Record<string, string>>, entries: readonly OutboxEntry[]): Candidate[] {
  const { to, manifestHash } = bundle.exported;
  const addressed = to.kind === 'contacts' ? recipients.filter((contact) => to.ledgers.includes(contact.card.ledger)) : recipients;
  return addressed.map((contact) => {
    const ledger = contact.card.ledger;
    if (entries.some((entry) => entry.manifestHash === manifestHash && entry.contact === ledger)) return { contact, blockedBy: 'already' };
    return { contact, blockedBy: endpoints[ledger] === undefined ? 'no-endpoint' : null };
  });
}

export type QueueChoiceState = 'choosing' | 'none-chosen' | 'saving' | 'failed';

/** Which candidates are ticked (all that can be, at first), and queueing them. */
export function useQueueChoice(candidates: readonly Candidate[], onQueue: (contacts: string[]) => Promise<void>, onDone: () => void) {
  const [chosen, setChosen] = useState(() => new Set(candidates.filter((c) => c.blockedBy === null).map((c) => c.contact.card.ledger)));
  const [state, setState] = useState<QueueChoiceState>('choosing');
  const toggle = (ledger: string, isChecked: boolean) => {
    const next = new Set(chosen);
    if (isChecked) next.add(ledger);
    else next.delete(ledger);
    setChosen(next);
    setState('choosing');
  };
  const submit = async () => {
    if (chosen.size === 0) {
      setState('none-chosen');
      return;
    }
    setState('saving');
    try {
      await onQueue([...chosen]);
      onDone();
    } catch {
      setState('failed');
    }
  };
  return { chosen, toggle, state, submit };
}
