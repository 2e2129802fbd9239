import { useCallback, useEffect } from 'react';
import { useDb } from '../db/useDb';
import { useLiveQuery } from '../db/useLiveQuery';
import { AUTO_LOCK_DEFAULT_MINUTES, readAutoLockMinutes } from './autoLockSetting';
import { watchIdle } from './idleTimer';
import { useSession } from './useSession';
import { useVault } from './useVault';

const MS_PER_MINUTE = 60_000;
/** After this long without input, a snapshot is written, so a crash or a lock later costs less replay. */
const SNAPSHOT_WHEN_IDLE_MS = MS_PER_MINUTE;

/** Locks after the configured minutes without pointer or keyboard activity, hidden or not (security.md §6 item 20). */
export function useAutoLock(): void {
  const db = useDb();
  const session = useSession();
  const { lock } = useVault();
  const query = useCallback(() => readAutoLockMinutes(db), [db]);
  const setting = useLiveQuery(query);
  const minutes = setting.status === 'ready' ? setting.value : AUTO_LOCK_DEFAULT_MINUTES;
  useEffect(
    () =>
      watchIdle({
        target: window,
        lockAfterMs: minutes * MS_PER_MINUTE,
        onLock: () => {
          lock().catch(() => undefined);
        },
        idleAfterMs: SNAPSHOT_WHEN_IDLE_MS,
        onIdle: () => {
          session.ledger.snapshotIfDirty().catch(() => undefined);
        },
      }),
    [minutes, lock, session],
  );
}
