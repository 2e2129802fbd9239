/**
 * Full events as they read after corrections, for the detail page and for validating a
 * new correction (the projection keeps only a summary; the page fetches the events).
 */
import type { JsonObject } from '../../crypto/canonicalJson';
import type { LedgerEvent } from '../../ledger/envelope';
import { OCCURRED_AT_PATH } from '../events/audit';
import type { CustodyEventType } from '../eventTypes';
import { isPathWithin, setAtPath } from '../jsonPath';
import type { CorrectionView, CustodyRecord } from './types';

/** An event's current reading and the corrections that made it. */
export type EffectiveEvent = {
  readonly type: CustodyEventType;
  readonly occurredAt: string;
  readonly payload: JsonObject;
  readonly applied: readonly CorrectionView[];
};

function byRecordedTime(a: CorrectionView, b: CorrectionView): number {
  if (a.recordedMs !== b.recordedMs) return a.recordedMs - b.recordedMs;
  if (a.ledger !== b.ledger) return a.ledger < b.ledger ? -1 : 1;
  return a.seq - b.seq;
}

/** The event with the record's applied corrections of it, in the order they took effect. */
export function effectiveEvent(event: LedgerEvent, record: CustodyRecord): EffectiveEvent {
  const applied = record.corrections
    .filter((c) => c.targetEventId === event.id && c.state === 'applied')
    .sort(byRecordedTime);
  let occurredAt = event.occurredAt;
  let payload: JsonObject = event.payload;
  for (const correction of applied) {
    const { path = '', to = null } = correction;
    if (path === OCCURRED_AT_PATH) {
      if (typeof to === 'string') occurredAt = to;
      continue;
    }
    const next = setAtPath(payload, path, to);
    if (next !== undefined && typeof next === 'object' && next !== null && !Array.isArray(next)) payload = next;
  }
  return { type: event.type as CustodyEventType, occurredAt, payload, applied };
}

/**
 * A field's correction history (before → after), every state included, oldest first: the
 * corrections of `path` itself and of any field containing it or contained in it.
 */
export function fieldHistory(record: CustodyRecord, targetEventId: string, path: string): CorrectionView[] {
  return record.corrections
    .filter((c) => c.targetEventId === targetEventId && c.path !== undefined)
    .filter((c) => isPathWithin(c.path ?? '', path) || isPathWithin(path, c.path ?? ''))
    .sort(byRecordedTime);
}
