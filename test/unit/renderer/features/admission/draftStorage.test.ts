import { describe, expect, it } from 'vitest';
import { admissionDraftRows } from '../../../../../renderer/features/admission/draftStorage';
import { sealJson } from '../../../../../renderer/vault/sealedJson';
import { anAdmissionSession } from './admissionSession';
import { aCompleteDraft } from './draftBuilders';

describe('the sealed admission draft', () => {
  it('keeps the row id and sealing of earlier versions, so an admission being typed still opens', async () => {
    const session = await anAdmissionSession();
    const id = `admission-draft:${session.user.id}`;
    expect(admissionDraftRows.rowId(session.user.id)).toBe(id);
    await session.db.drafts.put({ id, sealedB64: sealJson(session.dataKey, { table: 'drafts', id }, aCompleteDraft()) });
    expect(await admissionDraftRows.read(session)).toEqual({ kind: 'draft', draft: aCompleteDraft() });
  });

  it('is never sealed once the session is locked', async () => {
    const session = await anAdmissionSession();
    await expect(admissionDraftRows.write({ ...session, dataKey: new Uint8Array(32) }, aCompleteDraft())).rejects.toThrow('admission: the session is locked');
    expect(await session.db.drafts.get(admissionDraftRows.rowId(session.user.id))).toBeUndefined();
  });
});
