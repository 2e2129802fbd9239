/**
 * A small least-recently-used cache of decrypted pages, so a timeline that touches the
 * same pages again does not decrypt and inflate them again. It holds plaintext: the
 * storage clears it on close (lock).
 */
import type { LedgerEvent } from '@shared/ledger/envelope';

export type PageCache = {
  get(ledger: string, pageNo: number): readonly LedgerEvent[] | undefined;
  set(ledger: string, pageNo: number, events: readonly LedgerEvent[]): void;
  clear(): void;
};

export function createPageCache(capacity: number): PageCache {
  // A Map iterates in insertion order, so re-inserting on use keeps the oldest first.
  const entries = new Map<string, readonly LedgerEvent[]>();
  const keyOf = (ledger: string, pageNo: number): string => `${ledger}/${pageNo}`;
  return {
    get(ledger, pageNo) {
      const key = keyOf(ledger, pageNo);
      const events = entries.get(key);
      if (events !== undefined) {
        entries.delete(key);
        entries.set(key, events);
      }
      return events;
    },
    set(ledger, pageNo, events) {
      if (capacity <= 0) return;
      const key = keyOf(ledger, pageNo);
      entries.delete(key);
      entries.set(key, events);
      for (const oldest of entries.keys()) {
        if (entries.size <= capacity) break;
        entries.delete(oldest);
      }
    },
    clear() {
      entries.clear();
    },
  };
}
