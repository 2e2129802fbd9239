/**
 * Replaying stored events into projection states, in large batches (so big states copy
 * their containers once per batch) with a pause for the UI between batches.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { LedgerStorage } from './ledgerStorage';
import { applyEvents } from './projections/projectionSet';
import type { AnyProjection, LedgerCursor, ProjectionStates } from './projections/types';
import { yieldToUi } from './yieldToUi';

/** Events applied to the projections at once during a replay or rebuild. */
export const REPLAY_BATCH_EVENTS = 20_000;

export type Applied = { states: ProjectionStates; cursor: LedgerCursor };

/** Raised when the stored ledger does not continue from a snapshot's cursor. */
export class CursorMismatchError extends Error {
  override readonly name = 'CursorMismatchError';
}

/** A buffer that applies events to projections a batch at a time. NOTE: `add` and `flush` mutate it. */
export function createApplier(projections: readonly AnyProjection[], start: Applied) {
  let current = start;
  let pending: LedgerEvent[] = [];
  let applied = 0;
  const flush = (): Applied => {
    if (pending.length > 0) current = applyEvents(projections, current.states, current.cursor, pending);
    applied += pending.length;
    pending = [];
    return current;
  };
  return {
    add(events: readonly LedgerEvent[]): boolean {
      for (const event of events) pending.push(event);
      if (pending.length < REPLAY_BATCH_EVENTS) return false;
      flush();
      return true;
    },
    flush,
    applied: () => applied + pending.length,
  };
}

/**
 * Applies every stored event after the cursor, ledger by ledger.
 * @throws CursorMismatchError if a ledger does not continue from the cursor's hash
 */
export async function replayAfter(
  storage: LedgerStorage,
  projections: readonly AnyProjection[],
  start: Applied,
  onProgress: (applied: number) => void,
): Promise<Applied & { replayed: number }> {
  const applier = createApplier(projections, start);
  for (const ledger of await storage.ledgers()) {
    const from = start.cursor[ledger];
    let isFirst = true;
    for await (const batch of storage.readLedgerBatches(ledger, (from?.seq ?? 0) + 1)) {
      if (isFirst && from !== undefined && batch[0] !== undefined && batch[0].prev !== from.hash) {
        throw new CursorMismatchError(`${ledger} does not continue from seq ${from.seq}`);
      }
      isFirst = false;
      if (applier.add(batch)) {
        onProgress(applier.applied());
        await yieldToUi();
      }
    }
  }
  const replayed = applier.applied();
  return { ...applier.flush(), replayed };
}
