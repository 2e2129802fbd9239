/**
 * The ledger's write transactions, run on IndexedDB itself rather than through Dexie's
 * Table API. An append is one tiny transaction that waits for a strict commit; Dexie's
 * promise zones, middleware stack and cross-tab change broadcast (nothing observes the
 * ledger tables: projections are fed by the session) cost as much main-thread time as the
 * commit itself (`npm run bench:ledger`, ARCHITECTURE.md decision 10). The database is
 * still Dexie's: its schema declares these stores, and every read goes through Dexie.
 *
 * Inside `inLedgerWrite`, only the request methods of LedgerWrite may be awaited: any
 * other await would let IndexedDB commit the transaction half done.
 */
import type { PageRow, TailRow } from './rows';
import type { LedgerDb } from './storageContext';

/** The object stores a ledger write may touch (HabeasDb schema version 2). */
export type LedgerStoreName = 'pages' | 'tail';

/** What a ledger write transaction can do. */
export type LedgerWrite = {
  /** Adds a row; a row already at that key fails the transaction (never overwritten). */
  add(store: LedgerStoreName, row: PageRow | TailRow): Promise<void>;
  /** The ledger's tail rows with seq in [fromSeq, toSeq], in seq order. */
  tailRows(ledger: string, fromSeq: number, toSeq: number): Promise<TailRow[]>;
  /** Deletes the ledger's tail rows with seq in [fromSeq, toSeq]. */
  deleteTail(ledger: string, fromSeq: number, toSeq: number): Promise<void>;
  /** The ledger's page with the highest number, if any. */
  lastPage(ledger: string): Promise<PageRow | undefined>;
};

function settled<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => {
      resolve(request.result);
    };
    request.onerror = () => {
      reject(request.error ?? new DOMException('IndexedDB request failed', 'UnknownError'));
    };
  });
}

function writerOf(tx: IDBTransaction): LedgerWrite {
  const seqs = (ledger: string, fromSeq: number, toSeq: number): IDBKeyRange => IDBKeyRange.bound([ledger, fromSeq], [ledger, toSeq]);
  return {
    add: async (store, row) => {
      await settled(tx.objectStore(store).add(row));
    },
    tailRows: (ledger, fromSeq, toSeq) => settled(tx.objectStore('tail').getAll(seqs(ledger, fromSeq, toSeq)) as IDBRequest<TailRow[]>),
    deleteTail: (ledger, fromSeq, toSeq) => settled(tx.objectStore('tail').delete(seqs(ledger, fromSeq, toSeq))),
    lastPage: async (ledger) => {
      const cursor = await settled(tx.objectStore('pages').openCursor(seqs(ledger, -Infinity, Infinity), 'prev'));
      return cursor?.value as PageRow | undefined;
    },
  };
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onabort = () => {
      reject(tx.error ?? new DOMException('The ledger write was aborted', 'AbortError'));
    };
  });
}

/**
 * Runs `body` in one read-write transaction over `stores` with strict durability (on disk
 * when it resolves, security.md T5). If `body` throws, the transaction is aborted and
 * nothing it wrote remains; the body's error is rethrown.
 */
export async function inLedgerWrite<T>(db: LedgerDb, stores: readonly LedgerStoreName[], body: (write: LedgerWrite) => Promise<T>): Promise<T> {
  if (!db.isOpen()) await db.open();
  const tx = db.backendDB().transaction(stores, 'readwrite', { durability: 'strict' });
  const committed = completion(tx);
  let result: T;
  try {
    result = await body(writerOf(tx));
  } catch (error) {
    abortUnlessEnded(tx);
    await committed.catch(() => undefined);
    throw error;
  }
  tx.commit();
  await committed;
  return result;
}

function abortUnlessEnded(tx: IDBTransaction): void {
  try {
    tx.abort();
  } catch {
    // Already aborting after a failed request: nothing is left to undo.
  }
}
