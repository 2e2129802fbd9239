import type { CustodyRecord } from '@shared/custody/projection/types';

/** One step of a person's combined history: an event of one of the linked records. */
export type LinkedStep = {
  readonly key: string;
  readonly record: CustodyRecord;
  /** `custody.admitted` for the admission itself. */
  readonly type: string;
  readonly occurredMs: number;
  readonly isVoided: boolean;
};

/**
 * The events of every linked record in one list, by when they happened, then by register
 * and place: a person's path across facilities reads from top to bottom.
 */
export function linkedTimeline(records: readonly CustodyRecord[]): LinkedStep[] {
  const steps: LinkedStep[] = [];
  for (const record of records) {
    steps.push({ key: record.admissionEventId, record, type: 'custody.admitted', occurredMs: record.admittedMs, isVoided: record.isVoided });
    for (const entry of record.timeline) {
      steps.push({ key: entry.id, record, type: entry.type, occurredMs: entry.occurredMs, isVoided: record.voidedEventIds.has(entry.id) });
    }
  }
  return steps.sort((a, b) => a.occurredMs - b.occurredMs || (a.record.ledger < b.record.ledger ? -1 : a.record.ledger > b.record.ledger ? 1 : 0) || (a.key < b.key ? -1 : 1));
}
