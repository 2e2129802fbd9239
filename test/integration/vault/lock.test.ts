import { afterEach, describe, expect, it, vi } from 'vitest';
import { utf8Encode } from '@shared/util/bytes';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { useProjectionStore } from '../../../renderer/ledger';
import { useDraftsStore } from '../../../renderer/stores/draftsStore';
import { useIntegrityStore } from '../../../renderer/vault/integrityStore';
import { openVault } from '../../../renderer/vault/openVault';
import { createPhaseCell } from '../../../renderer/vault/phaseCell';
import { takeDrafts } from '../../../renderer/vault/sealedDrafts';
import { lockVault } from '../../../renderer/vault/vaultActions';
import { verifyInBackground } from '../../../renderer/vault/verification';
import { anUnlockedSession } from '../../support/vaultSession';
import { aFreshDb } from './vaultHarness';

const TYPED = { 'register/admission': { name: 'Yusuf Qx7Canary', note: 'arrived at night' }, 'register/empty': { name: '  ' } };
let db: HabeasDb | undefined;

afterEach(async () => {
  await db?.delete();
});

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  return Buffer.from(haystack).includes(Buffer.from(needle));
}

describe('locking', () => {
  it('keeps unsaved text sealed for its author only, and leaves no key or decrypted state behind', async () => {
    db = await aFreshDb();
    const session = await anUnlockedSession(db);
    const keyCopy = session.dataKey.slice();
    await verifyInBackground(session);
    expect(useIntegrityStore.getState().phase).toBe('verified');
    useDraftsStore.getState().replaceDrafts(TYPED);
    const cell = createPhaseCell({ kind: 'unlocked', session });
    const afterLock = vi.fn((): 'staying' => 'staying');
    await lockVault({ db, getPhase: cell.get, setPhase: cell.set, afterLock });

    expect(cell.get()).toEqual({ kind: 'locked', isSetupUnfinished: false });
    expect(afterLock).toHaveBeenCalledOnce();
    expect(session.dataKey.every((byte) => byte === 0)).toBe(true);
    expect(session.identity.signing.secretKey.every((byte) => byte === 0)).toBe(true);
    expect(useDraftsStore.getState().drafts).toEqual({});
    expect(useProjectionStore.getState().states).toEqual({});
    expect(useIntegrityStore.getState().phase).toBe('idle');
    expect(() => session.storage.readEvent(session.ledgerId, 1)).toThrow(/closed/);

    const [row] = await db.drafts.toArray();
    expect(contains(utf8Encode(JSON.stringify(row)), utf8Encode('Qx7Canary'))).toBe(false);
    const reopened = await openVault(db, keyCopy.slice());
    expect(await takeDrafts(db, reopened.dataKey, 'someone-else')).toEqual({});
    expect(await takeDrafts(db, reopened.dataKey, session.user.id)).toEqual({ 'register/admission': TYPED['register/admission'] });
    expect(await db.drafts.count()).toBe(0);
  });

  it('writes a snapshot on lock, so the next unlock replays nothing', async () => {
    db = await aFreshDb();
    const session = await anUnlockedSession(db);
    const keyCopy = session.dataKey.slice();
    const cell = createPhaseCell({ kind: 'unlocked', session });
    await lockVault({ db, getPhase: cell.get, setPhase: cell.set, afterLock: () => 'reloading' });
    expect(await db.snapshots.count()).toBeGreaterThan(0);
    const reopened = await openVault(db, keyCopy);
    expect(reopened.ledger.current().cursor[reopened.ledgerId]?.seq).toBe(2);
  });
});
