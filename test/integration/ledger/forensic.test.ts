/**
 * security.md T1: nothing identifying is stored in plaintext. Events carry canary names in
 * their payloads and author; after appends, folds, an import and a snapshot, every value
 * and key of every object store is scanned for the canaries as UTF-8, UTF-16 and
 * deflated-then-inflated forms.
 */
import { inflateSync } from 'fflate';
import { afterEach, expect, it } from 'vitest';
import { aChainOf, anEventDraft, userAddedDraft } from '../../builders/ledger';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { createLedgerSession } from '../../../renderer/ledger/ledgerSession';
import { CORE_PROJECTIONS } from '../../../renderer/ledger/projections/coreProjections';
import { aFreshDb, draftFor, openHarness } from './ledgerHarness';

const CANARIES = ['Zaynab Qx7Canary', 'زينب الكناري', 'ID-CANARY-99812'];
let db: HabeasDb | undefined;

afterEach(async () => {
  await db?.delete();
});

function canaryDraft(seq: number) {
  const base = userAddedDraft(seq);
  const userId = (base.payload as { userId: string }).userId;
  return anEventDraft({ subject: userId, payload: { userId, name: `${CANARIES[seq % 2] ?? ''} ${CANARIES[2] ?? ''}`, role: 'registrar' } });
}

/** Every byte string and text in a stored value or key, recursively. */
function* piecesOf(value: unknown): Generator<Uint8Array | string> {
  if (typeof value === 'string') yield value;
  else if (value instanceof Uint8Array) yield value;
  else if (ArrayBuffer.isView(value)) yield new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  else if (value instanceof ArrayBuffer) yield new Uint8Array(value);
  else if (Array.isArray(value)) for (const item of value) yield* piecesOf(item);
  else if (typeof value === 'object' && value !== null) for (const item of Object.values(value)) yield* piecesOf(item);
  else if (value !== null && value !== undefined) yield JSON.stringify(value);
}

function tryInflate(bytes: Uint8Array): Uint8Array | undefined {
  try {
    return inflateSync(bytes);
  } catch {
    return undefined;
  }
}

function contains(haystack: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    out[i * 2] = text.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = text.charCodeAt(i) >> 8;
  }
  return out;
}

it('stores no canary name or identifier in plaintext, UTF-16 or merely deflated form', async () => {
  db = await aFreshDb();
  const harness = await openHarness(db);
  const session = createLedgerSession({ storage: harness.storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
  await session.start();
  const canaryAuthor = { id: harness.author.id, name: CANARIES[0] ?? '' };
  await session.append(draftFor(harness, 1), canaryAuthor);
  for (let seq = 2; seq <= 250; seq++) await session.append(canaryDraft(seq), canaryAuthor);
  const imported = aChainOf(150, { seed: 'station-b', author: { id: 'author-b', name: CANARIES[1] ?? '' } });
  await session.importEvents(imported[0]?.ledger ?? '', imported);
  await session.writeSnapshot();
  expect(await db.pages.count()).toBeGreaterThan(0);
  expect(await db.tail.count()).toBeGreaterThan(0);
  expect(await db.snapshots.count()).toBeGreaterThan(0);

  const encoder = new TextEncoder();
  const needles = CANARIES.flatMap((canary) => [encoder.encode(canary), utf16le(canary)]);
  for (const table of db.tables) {
    const keys = await table.toCollection().primaryKeys();
    const values = await table.toArray();
    for (const piece of piecesOf([keys, values])) {
      const bytes = typeof piece === 'string' ? encoder.encode(piece) : piece;
      const variants = [bytes, tryInflate(bytes), ...[1, 25].map((offset) => tryInflate(bytes.subarray(offset)))];
      for (const variant of variants) {
        if (variant === undefined) continue;
        for (const needle of needles) expect(contains(variant, needle), `canary in ${table.name}`).toBe(false);
      }
    }
  }
  const plain = [];
  for await (const event of harness.storage.readLedger(harness.testLedger.ledger)) plain.push(event);
  expect(plain.some((event) => JSON.stringify(event).includes(CANARIES[2] ?? '?'))).toBe(true);
}, 60_000);
