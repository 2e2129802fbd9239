/** What each pending confirmation is about, so the page can say it and decide who may confirm it. */
import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { CorrectionView, CustodyRecord, PendingConfirmation, VoidView } from '@shared/custody/projection/types';
import { capabilityFor } from './corrections';
import { entriesOf } from './entries';
import type { WriteCapability } from './fieldTypes';

/** A pending void or correction with what it changes. */
export type PendingChange = {
  readonly pending: PendingConfirmation;
  readonly recordedMs: number;
  readonly reason: string;
  /** The void, or the correction, waiting. */
  readonly change: { readonly kind: 'void'; readonly view: VoidView } | { readonly kind: 'correction'; readonly view: CorrectionView };
  /** The type of the entry finally concerned (a void of a correction concerns the corrected entry). */
  readonly entryType: CustodyEventType | undefined;
  readonly capability: WriteCapability;
};

function entryTypeOf(record: CustodyRecord, eventId: string): { type: CustodyEventType | undefined; path?: string } {
  const entry = entriesOf(record).find((item) => item.id === eventId);
  if (entry !== undefined) return { type: entry.type };
  const correction = record.corrections.find((item) => item.id === eventId);
  if (correction === undefined) return { type: undefined };
  return { ...entryTypeOf(record, correction.targetEventId), ...(correction.path === undefined ? {} : { path: correction.path }) };
}

/** Every pending confirmation of the record, oldest first, with what it changes. */
export function pendingChanges(record: CustodyRecord): PendingChange[] {
  const changes: PendingChange[] = [];
  for (const pending of record.pendingConfirmations) {
    const view = pending.kind === 'void' ? record.voids.find((item) => item.id === pending.eventId) : record.corrections.find((item) => item.id === pending.eventId);
    if (view === undefined) continue;
    const concerned = pending.kind === 'void' ? entryTypeOf(record, view.targetEventId) : { type: entryTypeOf(record, view.targetEventId).type, path: view.path };
    const change = pending.kind === 'void' ? { kind: 'void' as const, view: view as VoidView } : { kind: 'correction' as const, view: view as CorrectionView };
    changes.push({
      pending,
      recordedMs: view.recordedMs,
      reason: view.reason ?? '',
      change,
      entryType: concerned.type,
      capability: concerned.type === undefined ? 'register.write' : capabilityFor(concerned.type, concerned.path),
    });
  }
  return changes.sort((a, b) => a.recordedMs - b.recordedMs);
}
