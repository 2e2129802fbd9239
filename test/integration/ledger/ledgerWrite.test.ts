import { describe, expect, it } from 'vitest';
import { inLedgerWrite } from '../../../renderer/ledger/ledgerWrite';
import type { PageRow, TailRow } from '../../../renderer/ledger/rows';
import { freshDbsPerTest } from './ledgerHarness';

const aDb = freshDbsPerTest();

const tailRow = (ledger: string, seq: number): TailRow => ({ ledger, seq, body: new Uint8Array([seq]) });
const pageRow = (ledger: string, pageNo: number): PageRow => ({
  ledger,
  pageNo,
  firstSeq: pageNo * 10 - 9,
  lastSeq: pageNo * 10,
  count: 10,
  headHash: `h${pageNo}`,
  body: new Uint8Array([pageNo]),
});

describe('a ledger write', () => {
  it('commits what it adds and deletes, and reads its own writes', async () => {
    const db = await aDb();
    const read = await inLedgerWrite(db, ['tail', 'pages'], async (write) => {
      for (let seq = 1; seq <= 5; seq++) await write.add('tail', tailRow('a', seq));
      await write.add('tail', tailRow('b', 1));
      await write.add('pages', pageRow('a', 1));
      await write.add('pages', pageRow('a', 2));
      await write.add('pages', pageRow('b', 7));
      const rows = await write.tailRows('a', 2, 4);
      await write.deleteTail('a', 1, 3);
      return { seqs: rows.map((row) => row.seq), last: (await write.lastPage('a'))?.pageNo, none: await write.lastPage('c') };
    });
    expect(read).toEqual({ seqs: [2, 3, 4], last: 2, none: undefined });
    expect((await db.tail.toArray()).map((row) => [row.ledger, row.seq])).toEqual([['a', 4], ['a', 5], ['b', 1]]);
    expect(await db.pages.count()).toBe(3);
  });

  it('leaves nothing behind when its body throws', async () => {
    const db = await aDb();
    const failing = inLedgerWrite(db, ['tail'], async (write) => {
      await write.add('tail', tailRow('a', 1));
      throw new Error('injected fault');
    });
    await expect(failing).rejects.toThrow('injected fault');
    expect(await db.tail.count()).toBe(0);
  });

  it('never overwrites a row: adding at a taken key fails the whole write', async () => {
    const db = await aDb();
    await inLedgerWrite(db, ['tail'], (write) => write.add('tail', tailRow('a', 1)));
    const second = inLedgerWrite(db, ['tail'], async (write) => {
      await write.add('tail', tailRow('a', 2));
      await write.add('tail', { ...tailRow('a', 1), body: new Uint8Array([99]) });
    });
    await expect(second).rejects.toMatchObject({ name: 'ConstraintError' });
    expect(await db.tail.toArray()).toEqual([tailRow('a', 1)]);
  });

  it('reopens a database Dexie closed before writing', async () => {
    const db = await aDb();
    db.close({ disableAutoOpen: false });
    await inLedgerWrite(db, ['tail'], (write) => write.add('tail', tailRow('a', 1)));
    expect(await db.tail.count()).toBe(1);
  });
});
