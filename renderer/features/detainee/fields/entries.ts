/** A record's entries as the page lists them: the admission, then every later event, by when they happened. */
import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { CustodyRecord } from '@shared/custody/projection/types';

/** One entry of the record's history (voided ones included: they are kept and marked). */
export type RecordEntry = {
  readonly id: string;
  readonly type: CustodyEventType;
  readonly occurredMs: number;
  readonly recordedMs: number;
};

/** The admission first, then the later events in the record's own order (when they happened). */
export function entriesOf(record: CustodyRecord): RecordEntry[] {
  const admission: RecordEntry = { id: record.admissionEventId, type: 'custody.admitted', occurredMs: record.admittedMs, recordedMs: record.admissionRecordedMs };
  return [admission, ...record.timeline.map(({ id, type, occurredMs, recordedMs }) => ({ id, type, occurredMs, recordedMs }))];
}

/** Where a void of an entry stands, if there is one: effective, or waiting for a second user. */
export function voidOf(record: CustodyRecord, entryId: string) {
  return record.voids.find((item) => item.targetEventId === entryId && item.state !== 'rejected');
}
