/**
 * Raw IndexedDB baselines: the same number of records of the same sizes as the ledger
 * writes, without Dexie, sealing or compression, so the benchmark can say how much the
 * storage engine adds to what the platform costs anyway.
 */

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => {
      resolve(req.result);
    };
    req.onerror = () => {
      reject(req.error ?? new Error('IndexedDB request failed'));
    };
  });
}

export async function openRawDb(name: string): Promise<IDBDatabase> {
  const open = indexedDB.open(name, 1);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('records');
  };
  return request(open);
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => {
      resolve();
    };
    tx.onerror = () => {
      reject(tx.error ?? new Error('IndexedDB transaction failed'));
    };
  });
}

/** Writes each record in one transaction of its own (strict durability, like the ledger's). */
export async function writeEachInOwnTransaction(db: IDBDatabase, records: readonly Uint8Array[], firstKey: number): Promise<void> {
  for (const [index, record] of records.entries()) {
    const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
    tx.objectStore('records').put(record, firstKey + index);
    await done(tx);
  }
}

/** Writes all the records in one transaction. */
export async function writeAllInOneTransaction(db: IDBDatabase, records: readonly Uint8Array[], firstKey: number): Promise<void> {
  const tx = db.transaction('records', 'readwrite', { durability: 'strict' });
  const store = tx.objectStore('records');
  for (const [index, record] of records.entries()) store.put(record, firstKey + index);
  await done(tx);
}

/** Reads every record back. */
export async function readAll(db: IDBDatabase): Promise<unknown[]> {
  const tx = db.transaction('records', 'readonly');
  return request(tx.objectStore('records').getAll());
}
