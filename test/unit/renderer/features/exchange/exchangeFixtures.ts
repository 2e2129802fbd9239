/** Installations and bundles for the exchange screen tests: a sender made outside the app, trusted by the app's session. */
import { createHash } from 'node:crypto';
import { writeBundle } from '@shared/bundle/write';
import type { WrittenBundle } from '@shared/bundle/write';
import { makeIdentityCard } from '@shared/ledger/identity';
import type { IdentityCard } from '@shared/ledger/identity';
import { addContact, trustContact } from '../../../../../renderer/features/exchange/contacts/commands';
import type { Session } from '../../../../../renderer/vault/session';
import type { TestLedger } from '../../../../builders/ledger';
import { aChainOf, aLedger } from '../../../../builders/ledger';
import { seededAgeIdentity } from '../../../shared/bundle/bundleKit';
import { identityToRecipient } from 'age-encryption';

export type Sender = { ledger: TestLedger; card: IdentityCard };

export async function aSender(seed: string, facility: string): Promise<Sender> {
  const ledger = aLedger({ seed, facility: { name: facility }, startIso: '2026-01-05T08:00:00.000Z' });
  const recipient = await identityToRecipient(seededAgeIdentity(seed));
  return { ledger, card: makeIdentityCard({ facility, signingPublicKey: ledger.signing.publicKey, recipient }) };
}

/** The session trusts the sender as a source (and a recipient), as after comparing fingerprints. */
export async function trustSender(session: Session, sender: Sender): Promise<void> {
  await addContact(session, sender.card, { recipient: true, source: true });
  await trustContact(session, sender.card.ledger, sender.card.fingerprint, 'in_person');
}

/** A bundle of the sender's first `count` events, to the session's installation. */
export function bundleFor(session: Session, sender: Sender, count: number): Promise<WrittenBundle> {
  return writeBundle({
    events: aChainOf(count, { ledger: sender.ledger }),
    sender: { signingSecretKey: sender.ledger.signing.secretKey, signingPublicKey: sender.ledger.signing.publicKey, facility: sender.card.facility },
    to: { recipients: [session.identity.ageRecipient] },
    bundleSeq: 1,
    prevBundle: '',
    createdAt: '2026-11-26T10:00:00.000Z',
    app: { name: 'habeas', version: 'test' },
  });
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
