import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRecoveryCode } from '@shared/crypto/recoveryCode';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { aFacilityProfile } from '../../builders/ledger';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { AlreadySetUpError, completeSetup, createInstallation, finishSetup } from '../../../renderer/vault/setup';
import { closeVault } from '../../../renderer/vault/openVault';
import { unlockWithPassphrase } from '../../../renderer/vault/unlock';
import { VAULT_ROW_IDS } from '../../../renderer/vault/vaultRows';
import { canRestartSetup, readVaultStatus, restartSetup } from '../../../renderer/vault/vaultStatus';
import { ADMIN_NAME, ADMIN_PASSPHRASE, aCopyOf, aFreshDb, aSetUpInstallation } from './vaultHarness';

const SLOW = 60_000;
const opened: HabeasDb[] = [];

async function eventsOf(db: HabeasDb, ledgerId: string): Promise<LedgerEvent[]> {
  const result = await unlockWithPassphrase(db, ADMIN_PASSPHRASE);
  if (!result.ok) throw new Error(result.error.code);
  const events: LedgerEvent[] = [];
  for await (const event of result.value.storage.readLedger(ledgerId)) events.push(event);
  closeVault(result.value);
  return events;
}

describe('first-run setup', () => {
  let installed: HabeasDb;
  let setup: Awaited<ReturnType<typeof aSetUpInstallation>>;

  beforeAll(async () => {
    installed = await aFreshDb();
    setup = await aSetUpInstallation(installed);
  }, SLOW);

  afterAll(async () => {
    await Promise.all([installed, ...opened].map((db) => db.delete()));
  });

  it('stores the wraps, the sealed secrets and the pending setup, and nothing else in the vault', async () => {
    const ids = (await installed.vault.toArray()).map((row) => row.id).sort();
    expect(ids).toEqual([VAULT_ROW_IDS.installation, VAULT_ROW_IDS.setup, VAULT_ROW_IDS.recovery, `wrap:user:${setup.adminId}`].sort());
    expect(parseRecoveryCode(setup.recoveryCode).ok).toBe(true);
    expect(await readVaultStatus(installed)).toEqual({ kind: 'locked', isSetupUnfinished: true });
  });

  it('starts the ledger with the facility and the administrator, both written by the administrator', async () => {
    const db = await aCopyOf(installed);
    opened.push(db);
    const events = await eventsOf(db, setup.ledgerId);
    expect(events.map((event) => [event.seq, event.type, event.author])).toEqual([
      [1, 'ledger.created', { id: setup.adminId, name: ADMIN_NAME }],
      [2, 'user.added', { id: setup.adminId, name: ADMIN_NAME }],
    ]);
    expect(events[1]?.payload).toEqual({ userId: setup.adminId, name: ADMIN_NAME, role: 'administrator' });
  }, SLOW);

  it('never sets up over existing keys', async () => {
    const input = { facility: aFacilityProfile(), adminName: 'Someone', passphrase: 'another long passphrase' };
    await expect(createInstallation(installed, input, { logN: Promise.resolve(17) })).rejects.toBeInstanceOf(AlreadySetUpError);
  });

  it('finishes an interrupted setup at the next unlock: the missing events are written, the recovery code kept', async () => {
    const db = await aCopyOf(installed, ['vault']);
    opened.push(db);
    expect(await readVaultStatus(db)).toEqual({ kind: 'locked', isSetupUnfinished: true });
    const result = await unlockWithPassphrase(db, ADMIN_PASSPHRASE);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.pendingSetup?.recoveryCode).toBe(setup.recoveryCode);
    await completeSetup(result.value);
    await completeSetup(result.value);
    expect(result.value.ledger.current().cursor[setup.ledgerId]?.seq).toBe(2);
    await finishSetup(db);
    closeVault(result.value);
    expect(await readVaultStatus(db)).toEqual({ kind: 'locked', isSetupUnfinished: false });
  }, SLOW);

  it('starts over only while no event is stored, and says when register data has lost its keys', async () => {
    const keysOnly = await aCopyOf(installed, ['vault']);
    const withEvents = await aCopyOf(installed);
    const withoutKeys = await aCopyOf(installed, ['pages', 'tail']);
    opened.push(keysOnly, withEvents, withoutKeys);
    expect(await canRestartSetup(keysOnly)).toBe(true);
    expect(await restartSetup(keysOnly)).toBe(true);
    expect(await readVaultStatus(keysOnly)).toEqual({ kind: 'empty' });
    expect(await restartSetup(withEvents)).toBe(false);
    expect(await withEvents.vault.count()).toBe(4);
    expect(await readVaultStatus(withoutKeys)).toEqual({ kind: 'keys-missing' });
  });
});
