/**
 * Where this installation's ledger stands when the storage opens: its head (the last
 * tail row, or else the last page's last event) and how far it is paged.
 */
import { Dexie } from 'dexie';
import { SealError } from '@shared/crypto/aead';
import { headOf } from '@shared/ledger/chain';
import { decodedPage, lastPage, tailEvent } from './ledgerReads';
import type { StorageContext } from './storageContext';
import type { OwnLedgerState } from './tailAppend';

export async function loadOwnLedgerState(ctx: StorageContext): Promise<OwnLedgerState> {
  const { db, ledgerId } = ctx;
  const [page, lastTail] = await Promise.all([
    lastPage(ctx, ledgerId),
    db.tail.where('[ledger+seq]').between([ledgerId, Dexie.minKey], [ledgerId, Dexie.maxKey]).last(),
  ]);
  const paged = { pagedThrough: page?.lastSeq ?? 0, nextPageNo: (page?.pageNo ?? 0) + 1 };
  try {
    if (lastTail !== undefined) return { head: headOf(tailEvent(ctx, lastTail)), ...paged };
    const lastPaged = page === undefined ? undefined : (await decodedPage(ctx, page)).at(-1);
    return { head: lastPaged === undefined ? null : headOf(lastPaged), ...paged };
  } catch (error) {
    // Altered outside the app: open anyway so everything readable can be read and the damage
    // named by verification, but never append onto a head that cannot be checked.
    if (!(error instanceof SealError || error instanceof SyntaxError || error instanceof TypeError)) throw error;
    return { head: null, ...paged, unreadableHead: lastTail?.seq ?? page?.lastSeq ?? 0 };
  }
}
