import { describe, expect, it } from 'vitest';
import { fromBase64url } from '@shared/util/bytes';
import { openJson, sealJson } from '../../../../../renderer/vault/sealedJson';
import { aDraftOwner, noteRows } from './draftOwner';

const NOTE = { id: 'n-1', note: 'Two open barrels.' };

describe('sealed draft rows', () => {
  it('are sealed under `<prefix><user id>`, open for their user only, and are removed', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    const row = await owner.db.drafts.get('note-draft:u-registrar');
    // Sealed, not merely encoded: the note is nowhere in the stored bytes.
    expect(new TextDecoder().decode(fromBase64url(row!.sealedB64))).not.toContain('barrels');
    // The associated data binds the `drafts` table and the row id, as every earlier version sealed it.
    expect(openJson(owner.dataKey, { table: 'drafts', id: 'note-draft:u-registrar' }, row!.sealedB64)).toEqual(NOTE);
    expect(await noteRows.read(owner)).toEqual({ kind: 'draft', draft: NOTE });
    expect(await noteRows.read({ ...owner, user: { ...owner.user, id: 'u-other' } })).toEqual({ kind: 'none' });
    await noteRows.remove(owner);
    expect(await noteRows.read(owner)).toEqual({ kind: 'none' });
  });

  it('open a row sealed by hand the way earlier versions did', async () => {
    const owner = await aDraftOwner();
    const id = noteRows.rowId(owner.user.id);
    await owner.db.drafts.put({ id, sealedB64: sealJson(owner.dataKey, { table: 'drafts', id }, NOTE) });
    expect(await noteRows.read(owner)).toEqual({ kind: 'draft', draft: NOTE });
  });

  it('report a row moved to another user as unreadable, and keep it', async () => {
    const owner = await aDraftOwner();
    await noteRows.write(owner, NOTE);
    const row = await owner.db.drafts.get(noteRows.rowId(owner.user.id));
    await owner.db.drafts.put({ id: noteRows.rowId('u-other'), sealedB64: row!.sealedB64 });
    const other = { ...owner, user: { ...owner.user, id: 'u-other' } };
    expect(await noteRows.read(other)).toEqual({ kind: 'unreadable' });
    expect(await owner.db.drafts.get(noteRows.rowId('u-other'))).toBeDefined();
  });

  it('report a row of another shape as unreadable, and keep it', async () => {
    const owner = await aDraftOwner();
    const id = noteRows.rowId(owner.user.id);
    await owner.db.drafts.put({ id, sealedB64: sealJson(owner.dataKey, { table: 'drafts', id }, { id: 'n-1', pages: 3 }) });
    expect(await noteRows.read(owner)).toEqual({ kind: 'unreadable' });
    expect(await owner.db.drafts.get(id)).toBeDefined();
  });

  it('are never sealed once the session is locked (its key zeroed)', async () => {
    const owner = await aDraftOwner();
    await expect(noteRows.write({ ...owner, dataKey: new Uint8Array(32) }, NOTE)).rejects.toThrow('notes: the session is locked');
    expect(await owner.db.drafts.count()).toBe(0);
  });

  it('leave the lock-time drafts row of vault/sealedDrafts.ts (the bare user id) alone', async () => {
    const owner = await aDraftOwner();
    await owner.db.drafts.put({ id: owner.user.id, sealedB64: 'kept' });
    await noteRows.write(owner, NOTE);
    await noteRows.remove(owner);
    expect(await owner.db.drafts.get(owner.user.id)).toEqual({ id: owner.user.id, sealedB64: 'kept' });
  });
});
