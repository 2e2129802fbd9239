/**
 * What the draft machinery needs of an unlocked session (the database, the data key and
 * the user), on fake-indexeddb, deleted when the test ends.
 */
import { onTestFinished } from 'vitest';
import { z } from 'zod';
import { HabeasDb } from '../../../../../renderer/db/habeasDb';
import { sealedDraftRows } from '../../../../../renderer/features/drafts';
import type { DraftOwner } from '../../../../../renderer/features/drafts';
import { seededBytes } from '../../../../builders/ledger';

let owners = 0;

export async function aDraftOwner(userId = 'u-registrar'): Promise<DraftOwner> {
  owners += 1;
  const db = new HabeasDb(`drafts-${String(owners)}-${crypto.randomUUID()}`);
  await db.open();
  onTestFinished(async () => {
    await db.delete();
  });
  return { db, dataKey: seededBytes(`drafts-${String(owners)}`, 'data-key'), user: { id: userId, name: 'Amina Haddad', role: 'registrar' } };
}

export const noteSchema = z.strictObject({ id: z.string(), note: z.string() });
export type Note = z.infer<typeof noteSchema>;

export const noteRows = sealedDraftRows<Note>({ rowPrefix: 'note-draft:', schema: noteSchema, owner: 'notes' });
