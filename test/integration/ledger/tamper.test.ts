import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HabeasDb } from '../../../renderer/db/habeasDb';
import type { PageRow } from '../../../renderer/ledger/rows';
import { createLedgerSession } from '../../../renderer/ledger/ledgerSession';
import { CORE_PROJECTIONS } from '../../../renderer/ledger/projections/coreProjections';
import { aFreshDb, appendUpTo, openHarness } from './ledgerHarness';
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
