/**
 * Two (or more) installations in one process, each with its own fake-indexeddb database
 * and unlocked session, and a stand-in for the platform's file saving that keeps the
 * bytes it "wrote" and reports their SHA-256 as read back (or a wrong one, on demand).
 */
import { createHash } from 'node:crypto';
import type { IdentityCard } from '@shared/ledger/identity';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { openHabeasDb } from '../../../renderer/db/habeasDb';
import { addContact, trustContact } from '../../../renderer/features/exchange/contacts/commands';
import { cardFor, ownFacilityName } from '../../../renderer/features/exchange/ownFacility';
import type { Session } from '../../../renderer/vault/session';
import { closeVault } from '../../../renderer/vault/openVault';
import { anUnlockedSession } from '../../support/vaultSession';

export type SavedFile = { name: string; bytes: Uint8Array };

/** What the fake platform does on the next saves. */
export const fakeDisk = {
  saved: [] as SavedFile[],
  /** When set, the file "read back" differs from what was written (a faulty USB stick). */
  isFaulty: false,
};

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The platform module as the export commands see it. */
export function fakePlatformModule() {
  return {
    PLATFORM_ERROR_MESSAGE_KEYS: { 'io-error': 'errors.platform.ioError' },
    platform: {
      saveFile: (bytes: Uint8Array, suggestedName: string) => {
        const copy = bytes.slice();
        fakeDisk.saved.push({ name: suggestedName, bytes: copy });
        const sha256 = fakeDisk.isFaulty ? sha256Hex(new Uint8Array([1, 2, 3])) : sha256Hex(copy);
        return Promise.resolve({ ok: true, value: { status: 'saved', fileName: suggestedName, bytesWritten: copy.length, sha256 } });
      },
    },
  };
}

export type Installation = { session: Session; card: IdentityCard; close: () => Promise<void> };

/** A fresh installation with its facility and an unlocked administrator session. */
export async function anInstallation(facility: Partial<FacilityProfile>): Promise<Installation> {
  const { db } = await openHabeasDb(`exchange-${crypto.randomUUID()}`);
  const session = await anUnlockedSession(db, { facility });
  const card = cardFor(session, ownFacilityName(session));
  if (card === undefined) throw new Error('no card');
  return {
    session,
    card,
    close: async () => {
      closeVault(session);
      await db.delete();
    },
  };
}

/** `from` adds `to`'s card with the given roles and confirms its fingerprint. */
export async function trusts(from: Installation, to: Installation, roles: { recipient: boolean; source: boolean }): Promise<void> {
  await addContact(from.session, to.card, roles);
  await trustContact(from.session, to.card.ledger, to.card.fingerprint, 'in_person');
}

/** Every stored event of a ledger, in seq order. */
export async function eventsOf(session: Session, ledger: string): Promise<LedgerEvent[]> {
  const events: LedgerEvent[] = [];
  for await (const event of session.storage.readLedger(ledger)) events.push(event);
  return events;
}
