/**
 * Replaying stored events into projection states, in large batches (so big states copy
 * their containers once per batch) with a pause for the UI between batches.
 */
import { SealError } from '@shared/crypto/aead';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { LedgerStorage } from './ledgerStorage';
import { applyEvents } from './projections/projectionSet';
import type { AnyProjection, LedgerCursor, ProjectionStates } from './projections/types';
import { LedgerStorageError } from './storageContext';
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

/** Where a replay had to stop reading a ledger: the first seq it could not read. */
export type UnreadableFrom = { ledger: string; seq: number };

/** Storage altered outside the app (a page that does not open or parse, a missing seq), as opposed to a failing database. */
function isStoredDamage(error: unknown): boolean {
  return error instanceof SealError || error instanceof LedgerStorageError || error instanceof SyntaxError || error instanceof TypeError;
}

/**
 * Applies every stored event after the cursor, ledger by ledger. A ledger whose stored
 * events stop opening is applied up to the damage and reported, not thrown: the person
 * unlocking still gets everything readable, and verification then names the ledger and
 * seq in the integrity banner (security.md T3).
 * @throws CursorMismatchError if a ledger does not continue from the cursor's hash
 */
export async function replayAfter(
  storage: LedgerStorage,
  projections: readonly AnyProjection[],
  start: Applied,
  onProgress: (applied: number) => void,
): Promise<Applied & { replayed: number; unreadable: UnreadableFrom[] }> {
  const applier = createApplier(projections, start);
  const unreadable: UnreadableFrom[] = [];
  for (const ledger of await storage.ledgers()) {
    const from = start.cursor[ledger];
    let next = (from?.seq ?? 0) + 1;
    let isFirst = true;
    try {
      for await (const batch of storage.readLedgerBatches(ledger, next)) {
        if (isFirst && from !== undefined && batch[0] !== undefined && batch[0].prev !== from.hash) {
          throw new CursorMismatchError(`${ledger} does not continue from seq ${from.seq}`);
        }
        isFirst = false;
        next = (batch.at(-1)?.seq ?? next - 1) + 1;
        if (applier.add(batch)) {
          onProgress(applier.applied());
          await yieldToUi();
        }
      }
    } catch (error) {
      if (!isStoredDamage(error)) throw error;
      unreadable.push({ ledger, seq: next });
    }
  }
  const replayed = applier.applied();
  return { ...applier.flush(), replayed, unreadable };
}
