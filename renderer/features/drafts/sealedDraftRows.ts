/**
 * Work in progress sealed at rest, one row per user and kind of work. vault/sealedDrafts.ts
 * keeps form text in memory and seals it only at lock time; an inspection or an admission
 * must also survive a crash or a closed window, so it is sealed here shortly after every
 * change, in the same `drafts` table with the same sealing (the data key, associated data
 * binding the table and row id). The row id is `<rowPrefix><user id>`: the user's random id,
 * so another user never opens it. The row stays until the work is recorded or discarded.
 */
import type { ZodType } from 'zod';
import type { SerialQueue } from '../../ledger/serialQueue';
import { createSerialQueue } from '../../ledger/serialQueue';
import type { Session } from '../../vault/session';
import { openJson, sealJson } from '../../vault/sealedJson';

/** What sealing a user's draft needs of the unlocked session. */
export type DraftOwner = Pick<Session, 'db' | 'dataKey' | 'user'>;

export type StoredDraft<Draft> = { kind: 'none' } | { kind: 'draft'; draft: Draft } | { kind: 'unreadable' };

export type SealedDraftRowsOptions<Draft> = {
  /**
   * Put before the user's id to make the row id, such as 'inspection-draft:'. The row id is
   * sealed into the associated data: changing it would leave every stored draft unopenable.
   */
  rowPrefix: string;
  /** The draft's shape; a row that opens to another shape is reported unreadable. */
  schema: ZodType<Draft>;
  /** Names the feature in the error thrown when the session is locked. */
  owner: string;
};

export type SealedDraftRows<Draft> = {
  rowId: (userId: string) => string;
  /** Seals the user's draft over the previous one. Throws if the session is locked or storage refuses. */
  write: (session: DraftOwner, draft: Draft) => Promise<void>;
  /** The user's sealed draft. One that does not open or has another shape is reported, never dropped: it may be hours of work. */
  read: (session: DraftOwner) => Promise<StoredDraft<Draft>>;
  remove: (session: DraftOwner) => Promise<void>;
};

/** Locking zeroes the data key before the page reloads; sealing under a zeroed key would protect nothing. */
function isKeyLive(dataKey: Uint8Array): boolean {
  return dataKey.some((byte) => byte !== 0);
}

function openDraft<Draft>(session: DraftOwner, id: string, sealedB64: string, schema: ZodType<Draft>): StoredDraft<Draft> {
  try {
    const parsed = schema.safeParse(openJson(session.dataKey, { table: 'drafts', id }, sealedB64));
    return parsed.success ? { kind: 'draft', draft: parsed.data } : { kind: 'unreadable' };
  } catch {
    return { kind: 'unreadable' };
  }
}

/** The sealed rows of one kind of draft. */
export function sealedDraftRows<Draft>({ rowPrefix, schema, owner }: SealedDraftRowsOptions<Draft>): SealedDraftRows<Draft> {
  // Writes and removals run one at a time per database, in call order, so a save still in
  // flight can never land after the removal that follows it and bring a finished draft back.
  const queues = new WeakMap<object, SerialQueue>();
  const serially = <T>(session: DraftOwner, work: () => Promise<T>): Promise<T> => {
    let queue = queues.get(session.db);
    if (queue === undefined) {
      queue = createSerialQueue();
      queues.set(session.db, queue);
    }
    return queue(work);
  };
  const rowId = (userId: string) => `${rowPrefix}${userId}`;
  return {
    rowId,
    write: (session, draft) =>
      serially(session, async () => {
        if (!isKeyLive(session.dataKey)) throw new Error(`${owner}: the session is locked`);
        const id = rowId(session.user.id);
        await session.db.drafts.put({ id, sealedB64: sealJson(session.dataKey, { table: 'drafts', id }, draft) });
      }),
    read: (session) =>
      serially(session, async () => {
        const id = rowId(session.user.id);
        const row = await session.db.drafts.get(id);
        return row === undefined ? { kind: 'none' } : openDraft(session, id, row.sealedB64, schema);
      }),
    remove: (session) => serially(session, () => session.db.drafts.delete(rowId(session.user.id))),
  };
}
