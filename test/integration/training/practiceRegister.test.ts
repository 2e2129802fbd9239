import { afterAll, describe, expect, it } from 'vitest';
import { custodyRecords } from '@shared/custody/custodyProjection';
import { custodyProjection } from '../../../renderer/custody';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { facilityOf, facilityProjection } from '../../../renderer/ledger';
import { fillPracticeRegister, PRACTICE_DETAINEES } from '../../../renderer/features/training/practiceRegister';
import { closeVault } from '../../../renderer/vault/openVault';
import { projectionState } from '../../../renderer/vault/session';
import { unlockWithPassphrase } from '../../../renderer/vault/unlock';
import { ADMIN_PASSPHRASE, aFreshDb, aSetUpInstallation } from '../vault/vaultHarness';

const SLOW = 120_000;
const opened: HabeasDb[] = [];

afterAll(async () => {
  for (const db of opened) await db.delete();
});

describe('the practice register of training mode', () => {
  it('appends invented people to the register, their references to earlier events kept, and nothing inconsistent', async () => {
    const db = await aFreshDb();
    opened.push(db);
    await aSetUpInstallation(db);
    const unlocked = await unlockWithPassphrase(db, ADMIN_PASSPHRASE);
    if (!unlocked.ok) throw new Error(unlocked.error.code);
    const session = { ...unlocked.value, user: { id: 'trainee', name: 'Trainee', role: 'administrator' as const } };
    const facility = facilityOf(projectionState(session.ledger.current().states, facilityProjection), session.ledgerId);
    if (facility === undefined) throw new Error('no facility');
    const shares: number[] = [];
    await fillPracticeRegister(session, facility, (share) => shares.push(share));
    const records = [...custodyRecords(projectionState(session.ledger.current().states, custodyProjection))];
    expect(records).toHaveLength(PRACTICE_DETAINEES);
    expect(records.every((record) => record.registerLabel.startsWith(facility.registerPrefix))).toBe(true);
    expect(records.flatMap((record) => record.problems)).toEqual([]);
    expect(shares.at(-1)).toBe(1);
    expect(await session.storage.verify()).toMatchObject({ ok: true });
    const ids = new Set<string>();
    const references: string[] = [];
    for await (const event of session.storage.readLedger(session.ledgerId)) {
      ids.add(event.id);
      for (const key of ['hospitalEventId', 'startEventId', 'targetEventId']) {
        const value = event.payload[key];
        if (typeof value === 'string') references.push(value);
      }
    }
    expect(references.length).toBeGreaterThan(0);
    expect(references.filter((id) => !ids.has(id))).toEqual([]);
    closeVault(session);
  }, SLOW);
});
