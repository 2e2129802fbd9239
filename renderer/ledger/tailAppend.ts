/**
 * Appending one event of this installation's ledger (design §4.2, security.md T5): one
 * read-write transaction computes the event, seals it into a tail row and, when the tail
 * holds a full page, folds the tail into a sealed page. Only the transaction's own
 * requests are awaited inside it (hashing, deflating and sealing are synchronous), so
 * IndexedDB cannot commit it early, and a failure anywhere leaves nothing behind
 * (ledgerWrite.ts).
 */
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { append, headOf } from '@shared/ledger/chain';
import type { LedgerHead } from '@shared/ledger/chain';
import type { Author, EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import { utf8Encode } from '@shared/util/bytes';
import { buildPage } from './pageCodec';
import type { PageEntry } from './pageCodec';
import { openTail, sealTail } from './sealedRecords';
import type { StorageContext } from './storageContext';
import { LedgerStorageError } from './storageContext';
import { inLedgerWrite } from './ledgerWrite';
import type { LedgerWrite } from './ledgerWrite';

/** Where this installation's ledger stands: its head, and how far it is paged. */
export type OwnLedgerState = {
  head: LedgerHead;
  /** Last seq held in a page (0 if none). */
  pagedThrough: number;
  /** Number of the next page to write. */
  nextPageNo: number;
  /**
   * Set when the newest stored event did not open (altered outside the app): its seq. The
   * chain cannot be continued from a head it cannot check, so appending is refused.
   */
  unreadableHead?: number;
};

/** The appended event and the ledger's state after the transaction committed. */
export type Appended = { event: LedgerEvent; state: OwnLedgerState };

/**
 * Appends one event in a transaction of its own. The caller keeps the returned state only
 * once this resolves, so a failed transaction leaves its state (and the stored ledger)
 * unchanged.
 * @throws AppendError for an invalid draft; LedgerStorageError or a DOMException if storing fails
 */
export function appendEvent(ctx: StorageContext, state: OwnLedgerState, draft: EventDraft, author: Author): Promise<Appended> {
  // Only the append that fills the tail folds it into a page; the others need the tail alone.
  const folds = (state.head?.seq ?? 0) + 1 - state.pagedThrough >= ctx.config.pageSize;
  return inLedgerWrite(ctx.db, folds ? ['tail', 'pages'] : ['tail'], (write) => appendWithin(ctx, write, state, draft, author));
}

/** Appends one event inside a ledger write over `tail` and `pages` that the caller opened. */
export async function appendWithin(
  ctx: StorageContext,
  write: LedgerWrite,
  state: OwnLedgerState,
  draft: EventDraft,
  author: Author,
): Promise<Appended> {
  const { key, ledgerId, config, faults } = ctx;
  if (state.unreadableHead !== undefined) throw new LedgerStorageError('head-unreadable', `${ledgerId} seq ${state.unreadableHead}`);
  const event = append(state.head, draft, {
    ledger: ledgerId,
    author,
    clock: ctx.clock,
    registry: ctx.registry,
    ...(ctx.newId === undefined ? {} : { newId: ctx.newId }),
  });
  // `add`, not `put`: a row already at this seq (a second writer) aborts instead of being overwritten.
  await write.add('tail', sealTail(key, ledgerId, event.seq, utf8Encode(canonicalJson(event))));
  faults.afterTailWrite?.();
  const next: OwnLedgerState = { ...state, head: headOf(event) };
  if (event.seq - state.pagedThrough < config.pageSize) return { event, state: next };
  await foldTail(ctx, write, state.pagedThrough + 1, event, state.nextPageNo);
  faults.afterPageWrite?.();
  return { event, state: { head: next.head, pagedThrough: event.seq, nextPageNo: state.nextPageNo + 1 } };
}

/**
 * Moves the tail rows fromSeq…last.seq into one new page. Must run inside the append
 * transaction. The rows' bodies are already canonical JSON, so they become the page's
 * lines as they are.
 */
async function foldTail(ctx: StorageContext, write: LedgerWrite, fromSeq: number, last: LedgerEvent, pageNo: number): Promise<void> {
  const { key, ledgerId } = ctx;
  const rows = await write.tailRows(ledgerId, fromSeq, last.seq);
  const entries: PageEntry[] = rows.map((row, index) => {
    if (row.seq !== fromSeq + index) throw new LedgerStorageError('tail-gap', `seq ${fromSeq + index}`);
    return { seq: row.seq, bytes: openTail(key, row) };
  });
  if (entries.length !== last.seq - fromSeq + 1) {
    throw new LedgerStorageError('tail-gap', `seq ${fromSeq + entries.length}`);
  }
  await write.add('pages', buildPage(key, { ledger: ledgerId, pageNo, headHash: last.hash }, entries, ctx.config));
  await write.deleteTail(ledgerId, fromSeq, last.seq);
}
