/**
 * The forensic check of security.md T1, from inside the page: every value and key of
 * every IndexedDB object store (and local and session storage), read with the raw API as
 * an attacker with the profile directory would, then searched for canary strings as text,
 * as UTF-8 and UTF-16 bytes, and inside anything that inflates as DEFLATE, zlib or gzip.
 */
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

type Dumped = { text: string[]; bytesB64: string[] };

/** Runs in the page: every stored value, strings and byte arrays apart. */
function dumpStorage(): Promise<Dumped> {
  const dumped: Dumped = { text: [], bytesB64: [] };
  const toB64 = (bytes: Uint8Array): string => {
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(binary);
  };
  const walk = (value: unknown): void => {
    if (value instanceof Uint8Array) dumped.bytesB64.push(toB64(value));
    else if (ArrayBuffer.isView(value)) dumped.bytesB64.push(toB64(new Uint8Array(value.buffer, value.byteOffset, value.byteLength)));
    else if (value instanceof ArrayBuffer) dumped.bytesB64.push(toB64(new Uint8Array(value)));
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object' && value !== null) Object.entries(value).forEach(([key, item]) => { dumped.text.push(key); walk(item); });
    else dumped.text.push(String(value));
  };
  const request = <T>(run: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
    run.onsuccess = () => { resolve(run.result); };
    run.onerror = () => { reject(run.error ?? new Error('request failed')); };
  });
  const readDb = async (name: string): Promise<void> => {
    const db = await request(indexedDB.open(name));
    for (const store of Array.from(db.objectStoreNames)) {
      const objects = db.transaction(store, 'readonly').objectStore(store);
      walk(await request(objects.getAll()));
      walk(await request(objects.getAllKeys()));
    }
    db.close();
  };
  for (const storage of [localStorage, sessionStorage]) {
    for (let i = 0; i < storage.length; i++) walk([storage.key(i), storage.getItem(storage.key(i) ?? '')]);
  }
  return indexedDB.databases().then(async (databases) => {
    for (const { name } of databases) if (name !== undefined) await readDb(name);
    return dumped;
  });
}

function inflations(bytes: Buffer): Buffer[] {
  return [inflateRawSync, inflateSync, gunzipSync].flatMap((inflate) => {
    try {
      return [inflate(bytes)];
    } catch {
      return [];
    }
  });
}

function found(bytes: Buffer, canary: string): boolean {
  return bytes.includes(Buffer.from(canary, 'utf8')) || bytes.includes(Buffer.from(canary, 'utf16le'));
}

export type StorageScan = { values: number; byteArrays: number; hits: string[] };

/** Which canaries appear anywhere in the page's storage, in any of the forms above. */
export async function scanStorageFor(page: Page, canaries: readonly string[]): Promise<StorageScan> {
  const dumped = await page.evaluate(dumpStorage);
  const hits = new Set<string>();
  for (const canary of canaries) {
    if (dumped.text.some((text) => text.includes(canary))) hits.add(`${canary} (text)`);
    for (const b64 of dumped.bytesB64) {
      const bytes = Buffer.from(b64, 'base64');
      if (found(bytes, canary)) hits.add(`${canary} (bytes)`);
      if (inflations(bytes).some((inflated) => found(inflated, canary))) hits.add(`${canary} (inflated)`);
    }
  }
  return { values: dumped.text.length, byteArrays: dumped.bytesB64.length, hits: [...hits] };
}

/**
 * Runs in the page, as someone with the profile directory would: flips one byte of the
 * sealed body of the ledger's newest tail event, and deletes every snapshot so the next
 * unlock has to read the altered record.
 */
function alterNewestTailEvent(): Promise<{ ledger: string; seq: number }> {
  const request = <T>(run: IDBRequest<T>): Promise<T> => new Promise((resolve, reject) => {
    run.onsuccess = () => { resolve(run.result); };
    run.onerror = () => { reject(run.error ?? new Error('request failed')); };
  });
  return request(indexedDB.open('habeas')).then(async (db) => {
    const tx = db.transaction(['tail', 'snapshots'], 'readwrite');
    const tail = tx.objectStore('tail');
    const rows = (await request(tail.getAll())) as { ledger: string; seq: number; body: Uint8Array }[];
    const newest = rows.reduce((a, b) => (b.seq > a.seq ? b : a));
    const body = newest.body.slice();
    body[body.length - 20] = (body[body.length - 20] ?? 0) ^ 0x01;
    await request(tail.put({ ...newest, body }));
    await request(tx.objectStore('snapshots').clear());
    db.close();
    return { ledger: newest.ledger, seq: newest.seq };
  });
}

/** Alters the newest stored event outside the app; resolves with its ledger and seq. */
export function alterStoredEvent(page: Page): Promise<{ ledger: string; seq: number }> {
  return page.evaluate(alterNewestTailEvent);
}
