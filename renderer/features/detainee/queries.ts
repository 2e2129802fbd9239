/**
 * Reads for the detainee page. The custody projection keeps a compact record; the page
 * reads the full events of the person (payloads, authors, hashes) from the ledger pages,
 * through a small cache per unlocked storage so reopening a record costs nothing and
 * nothing outlives the session that decrypted it.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';
import { useEffect, useState } from 'react';
import { eventIndexProjection, eventsAbout, useProjection } from '../../ledger';
import type { EventRef, LedgerStorage } from '../../ledger';
import { useSession } from '../../vault/useSession';

/** Events kept per storage; a record rarely has more than a few dozen. */
export const EVENT_CACHE_SIZE = 500;

const caches = new WeakMap<LedgerStorage, Map<string, LedgerEvent>>();

function cacheOf(storage: LedgerStorage): Map<string, LedgerEvent> {
  let cache = caches.get(storage);
  if (cache === undefined) {
    cache = new Map();
    caches.set(storage, cache);
  }
  return cache;
}

/** One event, from the cache or storage; the cache forgets its oldest entry when full. */
export async function readCachedEvent(storage: LedgerStorage, [ledger, seq]: EventRef): Promise<LedgerEvent | undefined> {
  const cache = cacheOf(storage);
  const key = `${ledger}:${String(seq)}`;
  const held = cache.get(key);
  if (held !== undefined) return held;
  const event = await storage.readEvent(ledger, seq);
  if (event === undefined) return undefined;
  cache.set(key, event);
  if (cache.size > EVENT_CACHE_SIZE) cache.delete(cache.keys().next().value ?? key);
  return event;
}

/** Every event about a record, by id, as far as they have been read. */
export type RecordEvents = {
  readonly byId: ReadonlyMap<string, LedgerEvent>;
  readonly isLoading: boolean;
  /** Some events could not be read (storage failed); what was read is shown. */
  readonly hasFailed: boolean;
};

const NOTHING_READ: RecordEvents = { byId: new Map(), isLoading: true, hasFailed: false };

/** The full events about a record (its admission, later events, corrections, voids, confirmations). */
export function useRecordEvents(recordId: string): RecordEvents {
  const { storage } = useSession();
  const refs = useProjection(eventIndexProjection, (state) => eventsAbout(state, recordId));
  const [read, setRead] = useState<{ refs: readonly EventRef[]; events: RecordEvents }>();
  useEffect(() => {
    let isCurrent = true;
    void Promise.allSettled(refs.map((ref) => readCachedEvent(storage, ref))).then((results) => {
      if (!isCurrent) return;
      const byId = new Map<string, LedgerEvent>();
      for (const result of results) if (result.status === 'fulfilled' && result.value !== undefined) byId.set(result.value.id, result.value);
      setRead({ refs, events: { byId, isLoading: false, hasFailed: byId.size < refs.length } });
    });
    return () => {
      isCurrent = false;
    };
  }, [storage, refs]);
  if (read === undefined) return NOTHING_READ;
  // While newer refs load, keep showing what was read for the older ones.
  return read.refs === refs ? read.events : { ...read.events, isLoading: true };
}
