import { useEffect } from 'react';
import type { OutboxRunner } from './outboxRunner';
import { useRecipients } from './queries';
import { useOutbox } from './useOutbox';

/** Keeps the runner's list of allowed recipients in step with the contacts. */
export function useRecipientSync(runner: OutboxRunner | null): void {
  const recipients = useRecipients();
  useEffect(() => {
    runner?.setRecipients(new Set(recipients.map((contact) => contact.card.ledger)));
  }, [runner, recipients]);
}

/**
 * Runs the outbox while a user is signed in, whatever screen is open: mount it once inside
 * the unlocked app. It renders nothing.
 */
export function OutboxBackground() {
  const runner = useOutbox();
  useRecipientSync(runner);
  return null;
}
