/**
 * The two installations of the Chromium exchange benchmark, set up (untimed) as the app
 * would hold them: a facility whose own ledger is the synthetic facility of P3 (the demo
 * ledger, made with the facility's own signing key and written as its pages), and an
 * adviser; each has added and confirmed the other's card.
 */
import { newDataKey } from '@shared/crypto/dataKey';
import { buildDemoLedger } from '@shared/custody/synthetic/demoLedger';
import type { IdentityCard } from '@shared/ledger/identity';
import { createInstallationIdentity } from '@shared/ledger/identity';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import { HabeasDb } from '../../../../renderer/db/habeasDb';
import { addContact, trustContact } from '../../../../renderer/features/exchange/contacts/commands';
import { cardFor, ownFacilityName } from '../../../../renderer/features/exchange/ownFacility';
import { openLedgerStorage } from '../../../../renderer/ledger';
import { APP_EVENT_REGISTRY } from '../../../../renderer/vault/appLedger';
import { ledgerCreatedDraft } from '../../../../renderer/vault/eventDrafts';
import { sealInstallation } from '../../../../renderer/vault/installationSecrets';
import { openVault } from '../../../../renderer/vault/openVault';
import type { Session } from '../../../../renderer/vault/session';
import { authorOf } from '../../../../renderer/vault/session';
import { aFacilityProfile } from '../../../builders/ledger';

export type BenchInstallation = { session: Session; card: IdentityCard; db: HabeasDb };

const NOW = new Date('2026-11-26T10:00:00.000Z');
const BATCH = 100_000;
const BENCH_USER = { id: newId(), name: 'Bench administrator', role: 'administrator' as const };

function cardOf(session: Session): IdentityCard {
  const card = cardFor(session, ownFacilityName(session));
  if (card === undefined) throw new Error('bench: no facility profile');
  return card;
}

/**
 * The facility: its demo ledger written as its own pages through a storage opened under
 * another ledger id (only append writes a storage's own ledger), then opened as the vault.
 */
export async function aFacility(detainees: number, log: (message: string) => void): Promise<BenchInstallation & { events: number }> {
  const db = new HabeasDb(`bench-exchange-facility-${String(Date.now())}`);
  await db.open();
  const identity = await createInstallationIdentity();
  const dataKey = newDataKey();
  await db.vault.put(sealInstallation(dataKey, identity));
  const { events } = buildDemoLedger({ detainees, seed: 'bench-exchange', now: NOW, facility: 'Bench Facility', signingPublicKey: identity.signing.publicKey, registry: APP_EVENT_REGISTRY });
  log(`generated ${String(events.length)} events`);
  const writer = await openLedgerStorage({ db, dataKey: dataKey.slice(), ledgerId: 'bench-writer', registry: APP_EVENT_REGISTRY });
  for (let start = 0; start < events.length; start += BATCH) await writer.writeImportedEvents(identity.ledgerId, events.slice(start, start + BATCH));
  writer.close();
  log('facility ledger written as pages');
  const opened = await openVault(db, dataKey);
  const session = { ...opened, user: BENCH_USER };
  return { session, card: cardOf(session), db, events: events.length };
}

/** The adviser: a fresh installation with its facility profile. */
export async function anAdviser(): Promise<BenchInstallation> {
  const db = new HabeasDb(`bench-exchange-adviser-${String(Date.now())}`);
  await db.open();
  const identity = await createInstallationIdentity();
  const dataKey = newDataKey();
  await db.vault.put(sealInstallation(dataKey, identity));
  const opened = await openVault(db, dataKey);
  await opened.ledger.append(ledgerCreatedDraft(opened.ledgerId, aFacilityProfile({ name: 'Bench Adviser', code: 'ADV' }), systemClock), authorOf(BENCH_USER));
  const session = { ...opened, user: BENCH_USER };
  return { session, card: cardOf(session), db };
}

/** Each adds the other's card and confirms its fingerprint: the facility sends, the adviser accepts. */
export async function introduce(facility: BenchInstallation, adviser: BenchInstallation): Promise<void> {
  await addContact(facility.session, adviser.card, { recipient: true, source: false });
  await trustContact(facility.session, adviser.card.ledger, adviser.card.fingerprint, 'in_person');
  await addContact(adviser.session, facility.card, { recipient: false, source: true });
  await trustContact(adviser.session, facility.card.ledger, facility.card.fingerprint, 'in_person');
}
