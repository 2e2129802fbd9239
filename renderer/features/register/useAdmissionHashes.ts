import { useEffect, useState } from 'react';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { LedgerStorage } from '../../ledger';
import { eventIndexProjection, eventsAbout, useProjection } from '../../ledger';
import type { EventIndexState } from '../../ledger';
import { useSession } from '../../vault/useSession';

/** Events of a subject read, at most, to find its admission (normally the first of its ledger). */
const MAX_READS_PER_RECORD = 4;

/** The admission entry's hash of each record read so far, by record id; `null` when it could not be read. */
export type AdmissionHashes = { readonly hashes: ReadonlyMap<string, string | null>; readonly isDone: boolean };

/**
 * The hash of a record's admission event: its entry in the hash-chained ledger, which a
 * reader of the printed extract can check against the ledger. The event index gives the
 * record's events by (ledger, seq); the admission is the first of its own ledger unless
 * a duplicate came before it, so a few reads at most, through the page cache.
 */
async function admissionHash(storage: LedgerStorage, index: EventIndexState, record: CustodyRecord): Promise<string | null> {
  const refs = eventsAbout(index, record.id).filter(([ledger]) => ledger === record.ledger);
  for (const [ledger, seq] of refs.slice(0, MAX_READS_PER_RECORD)) {
    const event = await storage.readEvent(ledger, seq);
    if (event?.id === record.admissionEventId) return event.hash;
  }
  return null;
}

/** Reads the admission hashes of `records` one after the other (the extract is bounded), reporting as it goes. */
export function useAdmissionHashes(records: readonly CustodyRecord[]): AdmissionHashes {
  const { storage } = useSession();
  const index = useProjection(eventIndexProjection, (state) => state);
  const [read, setRead] = useState<{ records: readonly CustodyRecord[]; hashes: ReadonlyMap<string, string | null>; isDone: boolean }>();
  useEffect(() => {
    let isCurrent = true;
    const run = async () => {
      const hashes = new Map<string, string | null>();
      for (const record of records) {
        hashes.set(record.id, await admissionHash(storage, index, record).catch(() => null));
        if (!isCurrent) return;
        if (hashes.size % 100 === 0) setRead({ records, hashes: new Map(hashes), isDone: false });
      }
      setRead({ records, hashes, isDone: true });
    };
    void run();
    return () => {
      isCurrent = false;
    };
  }, [storage, index, records]);
  return read?.records === records ? { hashes: read.hashes, isDone: read.isDone } : { hashes: new Map(), isDone: false };
}
