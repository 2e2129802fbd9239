import { useCallback, useEffect, useSyncExternalStore } from 'react';
import { useSession } from '../../vault/useSession';
import type { OutboxRunner } from './outboxRunner';
import { acquireOutbox, releaseOutbox, runningOutbox, subscribeOutbox } from './outboxService';

/** The session's outbox runner, held while the calling component is mounted (null until it has started). */
export function useOutbox(): OutboxRunner | null {
  const session = useSession();
  useEffect(() => {
    acquireOutbox(session);
    return () => {
      releaseOutbox(session);
    };
  }, [session]);
  const current = useCallback(() => runningOutbox(session), [session]);
  return useSyncExternalStore(subscribeOutbox, current);
}
