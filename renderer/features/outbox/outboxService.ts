/**
 * One outbox runner per unlocked session, shared by everything that shows or drives the
 * outbox (the background component and the outbox screen both hold it), and stopped when
 * the last of them lets go, which happens when the session locks.
 */
import { newId } from '@shared/util/ids';
import { platform } from '../../platform';
import type { Session } from '../../vault/session';
import type { Connectivity } from './outboxRunner';
import { OutboxRunner } from './outboxRunner';
import { useOutboxStore } from './outboxStore';

type Held = { session: Session; runner: OutboxRunner; holders: number };

let held: Held | null = null;
const listeners = new Set<() => void>();

function changed(): void {
  for (const listener of listeners) listener();
}

/** Hears when a runner starts or stops (for useSyncExternalStore). */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** The session's running runner, if something holds it. */
export function runningOutbox(session: Session): OutboxRunner | null {
  return held?.session === session ? held.runner : null;
}

/** navigator.onLine and the window's online/offline events. */
export function browserConnectivity(win: Window): Connectivity {
  return {
    isOnline: () => win.navigator.onLine,
    onChange: (listener) => {
      const online = () => {
        listener(true);
      };
      const offline = () => {
        listener(false);
      };
      win.addEventListener('online', online);
      win.addEventListener('offline', offline);
      return () => {
        win.removeEventListener('online', online);
        win.removeEventListener('offline', offline);
      };
    },
  };
}

function startRunner(session: Session): OutboxRunner {
  const runner = new OutboxRunner({
    db: session.db,
    dataKey: session.dataKey,
    userName: session.user.name,
    platform,
    connectivity: browserConnectivity(window),
    now: () => new Date(),
    newId,
    publish: (state) => {
      useOutboxStore.setState(state);
    },
  });
  void runner.start();
  return runner;
}

/** The session's runner, started on first use; call releaseOutbox once done with it. */
export function acquireOutbox(session: Session): OutboxRunner {
  if (held?.session !== session) {
    held?.runner.stop();
    useOutboxStore.setState(useOutboxStore.getInitialState(), true);
    held = { session, runner: startRunner(session), holders: 0 };
    changed();
  }
  held.holders += 1;
  return held.runner;
}

/** Lets go of the session's runner; the last holder stops it. */
export function releaseOutbox(session: Session): void {
  if (held?.session !== session) return;
  held.holders -= 1;
  if (held.holders > 0) return;
  held.runner.stop();
  held = null;
  useOutboxStore.setState(useOutboxStore.getInitialState(), true);
  changed();
}
