/**
 * Each record's entries and exits, computed once per record object for every screen that
 * counts them (population, shared statistics, monitoring). Records are immutable — an event
 * about a person replaces their record — so a record object's movements never change, and
 * the cache lets go of a record when nothing else holds it.
 */
import type { Movement } from '@shared/custody/population';
import { recordMovements } from '@shared/custody/population';
import type { CustodyRecord } from '@shared/custody/projection/types';

const movementCache = new WeakMap<CustodyRecord, readonly Movement[]>();

/** recordMovements(record), kept for as long as the record object lives. */
export function cachedMovements(record: CustodyRecord): readonly Movement[] {
  let movements = movementCache.get(record);
  if (movements === undefined) {
    movements = recordMovements(record);
    movementCache.set(record, movements);
  }
  return movements;
}
