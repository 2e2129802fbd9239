import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '@shared/util/clock';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { addUser } from '../../../renderer/features/users/commands';
import { closeVault } from '../../../renderer/vault/openVault';
import { finishRecovery } from '../../../renderer/vault/passphraseChange';
import { appendAsUser } from '../../../renderer/vault/session';
import { userRemovedDraft } from '../../../renderer/vault/eventDrafts';
import { delayAfterFailures, FREE_ATTEMPTS } from '../../../renderer/vault/throttle';
import { unlockWithPassphrase, unlockWithRecoveryCode } from '../../../renderer/vault/unlock';
import { userWrapId } from '../../../renderer/vault/vaultRows';
import { ADMIN_PASSPHRASE, aCopyOf, aFreshDb, aSetUpInstallation } from './vaultHarness';

const SLOW = 60_000;
const START = '2026-11-26T10:00:00.000Z';
const opened: HabeasDb[] = [];

async function rowsOf(db: HabeasDb): Promise<number[]> {
  return Promise.all([db.vault.count(), db.pages.count(), db.tail.count(), db.snapshots.count()]);
}

describe('unlocking', () => {
  let installed: HabeasDb;
  let setup: Awaited<ReturnType<typeof aSetUpInstallation>>;

  beforeAll(async () => {
    installed = await aFreshDb();
    setup = await aSetUpInstallation(installed);
  }, SLOW);

  afterAll(async () => {
    await Promise.all([installed, ...opened].map((db) => db.delete()));
  });

  async function copy(): Promise<HabeasDb> {
    const db = await aCopyOf(installed);
    opened.push(db);
    return db;
  }

  it('finds the user from the passphrase alone', async () => {
    const db = await copy();
    const result = await unlockWithPassphrase(db, ADMIN_PASSPHRASE.normalize('NFD'));
    expect(result.ok && result.value.user).toEqual({ id: setup.adminId, name: 'Amina Haddad', role: 'administrator' });
    if (result.ok) closeVault(result.value);
  }, SLOW);

  it('refuses wrong passphrases, then makes the next attempt wait, and never deletes anything', async () => {
    const db = await copy();
    const before = await rowsOf(db);
    const clock = fixedClock(START);
    for (let attempt = 1; attempt <= FREE_ATTEMPTS; attempt++) {
      expect(await unlockWithPassphrase(db, `wrong guess number ${String(attempt)}`, { clock })).toEqual({
        ok: false,
        error: { code: 'wrong', waitMs: delayAfterFailures(attempt) },
      });
    }
    const throttled = await unlockWithPassphrase(db, ADMIN_PASSPHRASE, { clock });
    expect(throttled).toEqual({ ok: false, error: { code: 'throttled', waitMs: delayAfterFailures(FREE_ATTEMPTS) } });
    expect((await rowsOf(db)).slice(1)).toEqual(before.slice(1));
    const later = fixedClock(new Date(Date.parse(START) + delayAfterFailures(FREE_ATTEMPTS)).toISOString());
    const result = await unlockWithPassphrase(db, ADMIN_PASSPHRASE, { clock: later });
    expect(result.ok).toBe(true);
    if (result.ok) closeVault(result.value);
    expect(await rowsOf(db)).toEqual(before);
  }, SLOW);

  it('refuses a removed user even when their wrap is still stored', async () => {
    const db = await copy();
    const admin = await unlockWithPassphrase(db, ADMIN_PASSPHRASE);
    if (!admin.ok) throw new Error(admin.error.code);
    const userId = await addUser(admin.value, { name: 'Karim Benali', role: 'registrar', passphrase: 'green field quiet morning' });
    await appendAsUser(admin.value, userRemovedDraft(userId, 'Transferred', { now: () => new Date() }));
    closeVault(admin.value);
    expect(await db.vault.get(userWrapId(userId))).toBeDefined();
    expect(await unlockWithPassphrase(db, 'green field quiet morning')).toEqual({ ok: false, error: { code: 'user-removed' } });
  }, SLOW);

  it('recovers with the code, forces a new passphrase, and the old one stops working', async () => {
    const db = await copy();
    const typed = setup.recoveryCode.toLowerCase().replaceAll('-', ' ');
    const recovered = await unlockWithRecoveryCode(db, typed);
    if (!recovered.ok) throw new Error(recovered.error.code);
    const session = await finishRecovery(recovered.value, setup.adminId, 'new lantern harbour evening');
    const lastEvent = await session.storage.readEvent(session.ledgerId, session.ledger.current().cursor[session.ledgerId]?.seq ?? 0);
    expect(lastEvent?.type).toBe('user.passphrase_reset');
    expect(lastEvent?.payload).toEqual({ userId: setup.adminId, method: 'recovery_code' });
    closeVault(session);
    expect((await unlockWithPassphrase(db, ADMIN_PASSPHRASE)).ok).toBe(false);
    const renewed = await unlockWithPassphrase(db, 'new lantern harbour evening');
    expect(renewed.ok && renewed.value.user.id).toBe(setup.adminId);
    if (renewed.ok) closeVault(renewed.value);
  }, SLOW);

  it('rejects a mistyped recovery code before it costs an attempt', async () => {
    const db = await copy();
    const typo = `${setup.recoveryCode.slice(0, -1)}${setup.recoveryCode.endsWith('0') ? '1' : '0'}`;
    expect(await unlockWithRecoveryCode(db, typo)).toEqual({ ok: false, error: { code: 'wrong', waitMs: 0 } });
    expect(await db.vault.get('throttle')).toBeUndefined();
  });
});
