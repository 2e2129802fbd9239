import { afterEach, describe, expect, it } from 'vitest';
import { HabeasDb } from '../../../../renderer/db/habeasDb';
import { delayAfterFailures, FREE_ATTEMPTS } from '../../../../renderer/vault/throttle';
import { clearAttempts, countAttempt, unlockWaitMs } from '../../../../renderer/vault/unlockThrottle';

const AT = new Date('2026-11-26T10:00:00Z');
let db: HabeasDb | undefined;

afterEach(async () => {
  await db?.delete();
});

async function aDb(): Promise<HabeasDb> {
  db = new HabeasDb(`throttle-${crypto.randomUUID()}`);
  await db.open();
  return db;
}

describe('the stored attempt count', () => {
  it('survives a reload (it is stored) and grows the wait after the free attempts', async () => {
    const store = await aDb();
    for (let i = 0; i < FREE_ATTEMPTS + 1; i++) await countAttempt(store, AT);
    const wait = delayAfterFailures(FREE_ATTEMPTS + 1);
    expect(await unlockWaitMs(store, AT)).toBe(wait);
    expect(await unlockWaitMs(store, new Date(AT.getTime() + wait))).toBe(0);
    await clearAttempts(store);
    expect(await unlockWaitMs(store, AT)).toBe(0);
  });

  it('does not let a clock set back stretch the wait beyond the policy', async () => {
    const store = await aDb();
    for (let i = 0; i < FREE_ATTEMPTS; i++) await countAttempt(store, AT);
    const aYearEarlier = new Date(AT.getTime() - 365 * 86_400_000);
    expect(await unlockWaitMs(store, aYearEarlier)).toBe(delayAfterFailures(FREE_ATTEMPTS));
  });
});
