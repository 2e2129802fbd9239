/**
 * Unsaved form text across a lock (design §5: locking drops every decrypted cache). At
 * lock time each user's drafts are sealed into the `drafts` table and the drafts store is
 * emptied; when the same user unlocks again they are opened, put back and the row deleted.
 * Another user never sees them.
 */
import { z } from 'zod';
import type { HabeasDb } from '../db/habeasDb';
import { openJson, sealJson } from './sealedJson';

export type DraftsByForm = Readonly<Record<string, Readonly<Record<string, string>>>>;

const draftsSchema = z.record(z.string(), z.record(z.string(), z.string()));

function withText(drafts: DraftsByForm): DraftsByForm {
  return Object.fromEntries(Object.entries(drafts).filter(([, fields]) => Object.values(fields).some((value) => value.trim() !== '')));
}

/** Seals the user's drafts (replacing any sealed before); deletes the row when there is nothing to keep. */
export async function sealDrafts(db: HabeasDb, dataKey: Uint8Array, userId: string, drafts: DraftsByForm): Promise<void> {
  const kept = withText(drafts);
  if (Object.keys(kept).length === 0) {
    await db.drafts.delete(userId);
    return;
  }
  await db.drafts.put({ id: userId, sealedB64: sealJson(dataKey, { table: 'drafts', id: userId }, kept) });
}

/** The user's sealed drafts, removed from storage as they are handed back; empty if there are none or they do not open. */
export async function takeDrafts(db: HabeasDb, dataKey: Uint8Array, userId: string): Promise<DraftsByForm> {
  const row = await db.drafts.get(userId);
  if (row === undefined) return {};
  let drafts: DraftsByForm = {};
  try {
    drafts = draftsSchema.parse(openJson(dataKey, { table: 'drafts', id: userId }, row.sealedB64));
  } catch {
    // Drafts are a convenience, never register data: an unreadable row is dropped, not fatal.
    drafts = {};
  }
  await db.drafts.delete(userId);
  return drafts;
}
