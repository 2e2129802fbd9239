import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { utf8Encode } from '@shared/util/bytes';
import { aChainOf } from '../../builders/ledger';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import { associatedDataFor } from '@shared/crypto/aead';
import { ndjsonOf } from '@shared/ledger/canonicalLine';
import { concatBytes } from '@shared/util/bytes';
import { PREFIXED_BULK_SEAL_VERSION, bulkSealKey } from '../../../renderer/ledger/bulkSeal';
import { IMPORTED_PAGE_FORMAT } from '../../../renderer/ledger/sealedRecords';
import { buildPage } from '../../../renderer/ledger/pageCodec';
import type { PageRow } from '../../../renderer/ledger/rows';
import { createLedgerSession } from '../../../renderer/ledger/ledgerSession';
import { CORE_PROJECTIONS } from '../../../renderer/ledger/projections/coreProjections';
import { aFreshDb, appendUpTo, draftFor, openHarness } from './ledgerHarness';
import type { Harness } from './ledgerHarness';

// 3 full pages of 100 (seq 1–300) and a tail of 50 (seq 301–350).
const EVENTS = 350;

describe('verification of stored ledgers names the ledger and seq of any tampering', () => {
  let db: HabeasDb;
  let harness: Harness;
  let ledger: string;

  beforeEach(async () => {
    db = await aFreshDb();
    harness = await openHarness(db);
    ledger = harness.testLedger.ledger;
    await appendUpTo(harness, EVENTS);
  });

  afterEach(async () => {
    harness.storage.close();
    await db.delete();
  });

  async function editPage(pageNo: number, edit: (row: PageRow) => void): Promise<void> {
    const row = await db.pages.get([ledger, pageNo]);
    if (row === undefined) throw new Error('no such page');
    edit(row);
    await db.pages.put(row);
  }

  it('passes when nothing was touched', async () => {
    expect(await harness.storage.verify()).toMatchObject({ ok: true, events: EVENTS, heads: { [ledger]: { seq: EVENTS } } });
  });

  it('flags a flipped byte in a sealed page body', async () => {
    await editPage(2, (row) => {
      const body = row.body.slice();
      body[body.length - 40] = (body[body.length - 40] ?? 0) ^ 0x01;
      row.body = body;
    });
    expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger, seq: 101, reason: 'page-tampered' });
  });

  it('flags a plaintext header edited to lie about the page (lastSeq)', async () => {
    await editPage(2, (row) => {
      row.lastSeq = 150;
    });
    expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger, seq: 101, reason: 'page-tampered' });
  });

  it('flags a page body moved into another page', async () => {
    const first = await db.pages.get([ledger, 1]);
    await editPage(3, (row) => {
      row.body = first?.body ?? new Uint8Array();
    });
    expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger, seq: 201, reason: 'page-tampered' });
  });

  it('flags a deleted page as a gap in the page numbers', async () => {
    await db.pages.delete([ledger, 2]);
    expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger, seq: 101, reason: 'page-missing' });
  });

  it('flags a tampered tail row and a deleted one', async () => {
    const row = await db.tail.get([ledger, 320]);
    if (row === undefined) throw new Error('no tail row');
    const body = row.body.slice();
    body[30] = (body[30] ?? 0) ^ 0x80;
    await db.tail.put({ ...row, body });
    expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger, seq: 320, reason: 'tail-tampered' });
    await db.tail.delete([ledger, 320]);
    expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger, seq: 320, reason: 'tail-gap' });
  });

  it('flags a ledger cut short of the head the projections had reached', async () => {
    const session = createLedgerSession({ storage: harness.storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
    await session.start();
    await db.tail.where('[ledger+seq]').between([ledger, 341], [ledger, 350], true, true).delete();
    expect(await session.verify()).toMatchObject({ ok: false, ledger, seq: 341, reason: 'truncated' });
    expect(await session.rebuildAll()).toMatchObject({ ok: false, ledger, reason: 'truncated' });
  });
});

describe('starting a session over damaged storage', () => {
  it('applies what it can read, reports where reading stopped, and verification names the damage', async () => {
    const db = await aFreshDb();
    const harness = await openHarness(db);
    const { ledger } = harness.testLedger;
    await appendUpTo(harness, EVENTS);
    const row = await db.pages.get([ledger, 2]);
    if (row === undefined) throw new Error('no page 2');
    const body = row.body.slice();
    body[body.length - 40] = (body[body.length - 40] ?? 0) ^ 0x01;
    await db.pages.put({ ...row, body });
    await db.snapshots.clear();
    harness.storage.close();

    const reopened = await openHarness(db);
    const session = createLedgerSession({ storage: reopened.storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
    const started = await session.start();
    expect(started).toMatchObject({ fromSnapshot: false, replayed: 100, unreadable: [{ ledger, seq: 101 }] });
    expect(session.current().cursor[ledger]?.seq).toBe(100);
    expect(await session.verify()).toMatchObject({ ok: false, ledger, seq: 101, reason: 'page-tampered' });
    reopened.storage.close();
    await db.delete();
  });

  it('reads up to an altered newest event, and refuses to append after a head it cannot check', async () => {
    const db = await aFreshDb();
    const harness = await openHarness(db);
    const { ledger } = harness.testLedger;
    await appendUpTo(harness, EVENTS);
    const row = await db.tail.get([ledger, EVENTS]);
    if (row === undefined) throw new Error('no newest tail row');
    const body = row.body.slice();
    body[10] = (body[10] ?? 0) ^ 0x01;
    await db.tail.put({ ...row, body });
    harness.storage.close();

    const reopened = await openHarness(db);
    const session = createLedgerSession({ storage: reopened.storage, projections: CORE_PROJECTIONS, sink: { publish: () => undefined } });
    expect(await session.start()).toMatchObject({ replayed: EVENTS - 1, unreadable: [{ ledger, seq: EVENTS }] });
    await expect(reopened.storage.append(draftFor(reopened, EVENTS + 1), reopened.author)).rejects.toMatchObject({ code: 'head-unreadable' });
    expect(await db.tail.count()).toBe(EVENTS - 300);
    reopened.storage.close();
    await db.delete();
  });
});

function withoutNonce(row: PageRow): PageRow {
  const copy = { ...row };
  delete copy.nonce;
  return copy;
}

describe('imported ledgers: pages bulk-sealed without deflating', () => {
  let db: HabeasDb;
  let harness: Harness;
  const other = aChainOf(250, { seed: 'station-b' });
  const otherLedger = other[0]?.ledger ?? '';

  beforeEach(async () => {
    db = await aFreshDb();
    harness = await openHarness(db);
    await harness.storage.writeImportedEvents(otherLedger, other);
  });

  afterEach(async () => {
    harness.storage.close();
    await db.delete();
  });

  it('stores imported pages in the bulk format, and they read back and verify', async () => {
    const pages = await db.pages.where('ledger').equals(otherLedger).toArray();
    expect(pages.map((row) => row.nonce?.length)).toEqual([12, 12, 12]);
    expect(await harness.storage.readEvent(otherLedger, 250)).toEqual(other[249]);
    expect(await harness.storage.verify()).toMatchObject({ ok: true, events: 250 });
  });

  it('flags a flipped byte of the body or the nonce, and a page stripped of its nonce to pass for another format', async () => {
    const row = await db.pages.get([otherLedger, 2]);
    if (row === undefined || row.nonce === undefined) throw new Error('no imported page 2');
    const flipped = row.body.slice();
    flipped[flipped.length - 20] = (flipped[flipped.length - 20] ?? 0) ^ 0x01;
    const nonce = row.nonce.slice();
    nonce[0] = (nonce[0] ?? 0) ^ 0x01;
    const stripped = withoutNonce(row);
    const legacyLooking = { ...stripped, body: concatBytes(Uint8Array.of(PREFIXED_BULK_SEAL_VERSION), row.nonce, row.body) };
    for (const altered of [{ ...row, body: flipped }, { ...row, nonce }, stripped, legacyLooking]) {
      await db.pages.put(altered);
      expect(await harness.storage.verify()).toMatchObject({ ok: false, ledger: otherLedger, seq: 101, reason: 'page-tampered' });
    }
  });

  it('still reads imported pages sealed by the earlier version, their nonce in front of the body', async () => {
    const row = await db.pages.get([otherLedger, 3]);
    if (row === undefined) throw new Error('no page 3');
    const header = withoutNonce(row);
    const pageAd = associatedDataFor('pages', [row.ledger, row.pageNo, row.firstSeq, row.lastSeq, row.count, row.headHash], IMPORTED_PAGE_FORMAT);
    const additionalData = concatBytes(Uint8Array.of(PREFIXED_BULK_SEAL_VERSION), pageAd) as Uint8Array<ArrayBuffer>;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const ndjson = ndjsonOf(other.slice(200).map((event) => utf8Encode(canonicalJson(event)))) as Uint8Array<ArrayBuffer>;
    const sealed = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData }, await bulkSealKey(harness.dataKey), ndjson));
    await db.pages.put({ ...header, body: concatBytes(Uint8Array.of(PREFIXED_BULK_SEAL_VERSION), iv, sealed) });
    const reopened = await openHarness(db);
    expect(await reopened.storage.readEvent(otherLedger, 250)).toEqual(other[249]);
    expect(await reopened.storage.verify()).toMatchObject({ ok: true, events: 250 });
    reopened.storage.close();
  });

  it('still reads imported pages stored deflated under the record cipher by earlier versions', async () => {
    const row = await db.pages.get([otherLedger, 3]);
    if (row === undefined) throw new Error('no page 3');
    const entries = other.slice(200).map((event) => ({ seq: event.seq, bytes: utf8Encode(canonicalJson(event)) }));
    await db.pages.put(buildPage(harness.dataKey, { ledger: otherLedger, pageNo: 3, headHash: row.headHash }, entries, { deflateLevel: 3 }));
    const reopened = await openHarness(db);
    expect(await reopened.storage.readEvent(otherLedger, 250)).toEqual(other[249]);
    expect(await reopened.storage.verify()).toMatchObject({ ok: true, events: 250 });
    reopened.storage.close();
  });
});
