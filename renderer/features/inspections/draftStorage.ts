/**
 * The inspection in progress, sealed at rest. vault/sealedDrafts.ts keeps form text in
 * memory and seals it only at lock time, handing it back (and deleting the row) at unlock;
 * an inspection is hours of work that must survive a crash or a closed window, so it is
 * sealed here on every save and its row stays until the inspection is finished or
 * discarded. Same table, same sealing (the data key, associated data binding the row id);
 * the row id is the user's random id, so another user never opens it.
 */
import type { SerialQueue } from '../../ledger/serialQueue';
import { createSerialQueue } from '../../ledger/serialQueue';
import type { Session } from '../../vault/session';
import { openJson, sealJson } from '../../vault/sealedJson';
import type { InspectionDraft } from './draft';
import { inspectionDraftSchema } from './draft';

const ROW_PREFIX = 'inspection-draft:';

export type StoredDraft = { kind: 'none' } | { kind: 'draft'; draft: InspectionDraft } | { kind: 'unreadable' };

export function draftRowId(userId: string): string {
  return `${ROW_PREFIX}${userId}`;
}

// Writes and removals run one at a time per database, in call order, so a save still in
// flight can never land after the removal that follows it and bring a finished draft back.
const queues = new WeakMap<object, SerialQueue>();

function serially<T>(session: Session, work: () => Promise<T>): Promise<T> {
  let queue = queues.get(session.db);
  if (queue === undefined) {
    queue = createSerialQueue();
    queues.set(session.db, queue);
  }
  return queue(work);
}

/** Locking zeroes the data key before the page reloads; sealing under a zeroed key would protect nothing. */
function isKeyLive(dataKey: Uint8Array): boolean {
  return dataKey.some((byte) => byte !== 0);
}

/** Seals the user's draft over the previous one. Throws if the session is locked or storage refuses. */
export function writeSealedDraft(session: Session, draft: InspectionDraft): Promise<void> {
  return serially(session, async () => {
    if (!isKeyLive(session.dataKey)) throw new Error('inspections: the session is locked');
    const id = draftRowId(session.user.id);
    await session.db.drafts.put({ id, sealedB64: sealJson(session.dataKey, { table: 'drafts', id }, draft) });
  });
}

/** The user's sealed draft. One that does not open or has another shape is reported, never dropped: it may be hours of work. */
export function readSealedDraft(session: Session): Promise<StoredDraft> {
  return serially(session, async () => {
    const id = draftRowId(session.user.id);
    const row = await session.db.drafts.get(id);
    if (row === undefined) return { kind: 'none' };
    try {
      const parsed = inspectionDraftSchema.safeParse(openJson(session.dataKey, { table: 'drafts', id }, row.sealedB64));
      return parsed.success ? { kind: 'draft', draft: parsed.data } : { kind: 'unreadable' };
    } catch {
      return { kind: 'unreadable' };
    }
  });
}

export function deleteSealedDraft(session: Session): Promise<void> {
  return serially(session, () => session.db.drafts.delete(draftRowId(session.user.id)));
}
