import { describe, expect, it } from 'vitest';
import { actionsProjection } from '@shared/inspection/actionsProjection';
import { listActions, overdueActions } from '@shared/inspection/actionViews';
import { importedTemplates, inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import { DEFAULT_TEMPLATE } from '@shared/inspection/templates/builtInTemplates';
import { fixedClock } from '@shared/util/clock';
import { fromBase64url } from '@shared/util/bytes';
import {
  closeAction,
  discardDraft,
  finishInspection,
  importTemplate,
  openAction,
  saveDraft,
  startDraft,
  updateAction,
} from '../../../../../renderer/features/inspections/commands';
import { withAnswer } from '../../../../../renderer/features/inspections/draft';
import { inspectionDraftRows } from '../../../../../renderer/features/inspections/draftStorage';
import { sealJson } from '../../../../../renderer/vault/sealedJson';
import { projectionState } from '../../../../../renderer/vault/session';
import { aTemplate } from '../../../../builders/inspection';
import { aDraft, aDraftWithDormitory } from './draftBuilders';
import { anInspectionSession } from './inspectionSession';

const CLOCK = fixedClock('2026-11-26T10:00:00.000Z');

describe('the sealed draft', () => {
  it('is stored sealed, opens again for its user only, and is removed when discarded', async () => {
    const session = await anInspectionSession();
    const draft = withAnswer(aDraft(), 'water.storage_clean', { rating: 'not_compliant', note: 'Two open barrels.' });
    expect(await startDraft(session, draft, CLOCK)).toEqual({ ok: true, value: '2026-11-26T10:00:00.000Z' });
    const row = await session.db.drafts.get(inspectionDraftRows.rowId(session.user.id));
    expect(row).toBeDefined();
    // Sealed, not merely encoded: the note is nowhere in the stored bytes.
    expect(new TextDecoder().decode(fromBase64url(row!.sealedB64))).not.toContain('barrels');
    expect(await inspectionDraftRows.read(session)).toEqual({ kind: 'draft', draft });
    expect(await inspectionDraftRows.read({ ...session, user: { ...session.user, id: 'u-other' } })).toEqual({ kind: 'none' });
    await discardDraft(session);
    expect(await inspectionDraftRows.read(session)).toEqual({ kind: 'none' });
  });

  it('refuses to start a second draft over the first', async () => {
    const session = await anInspectionSession();
    await startDraft(session, aDraft(), CLOCK);
    expect(await startDraft(session, aDraft({ id: '0190b6a0-0000-7000-8000-0000000000d2' }), CLOCK)).toEqual({ ok: false, error: 'draft-exists' });
    expect(await inspectionDraftRows.read(session)).toEqual({ kind: 'draft', draft: aDraft() });
  });

  it('keeps the row id and sealing of earlier versions, so an inspection in progress still opens', async () => {
    const session = await anInspectionSession();
    const id = `inspection-draft:${session.user.id}`;
    expect(inspectionDraftRows.rowId(session.user.id)).toBe(id);
    await session.db.drafts.put({ id, sealedB64: sealJson(session.dataKey, { table: 'drafts', id }, aDraft()) });
    expect(await inspectionDraftRows.read(session)).toEqual({ kind: 'draft', draft: aDraft() });
  });
});

describe('finishing an inspection', () => {
  it('appends one inspection.completed event and removes the sealed draft', async () => {
    const session = await anInspectionSession();
    const draft = withAnswer(aDraftWithDormitory({ area: '20', peoplePresent: '10' }), 'accommodation.floor_space_dormitory', { rating: 'not_compliant' });
    await saveDraft(session, draft, CLOCK);
    const before = session.storage.head()?.seq ?? 0;
    expect(await finishInspection(session, DEFAULT_TEMPLATE, draft, CLOCK)).toEqual({ ok: true, value: draft.id });
    expect(session.storage.head()?.seq).toBe(before + 1);
    const event = await session.storage.readEvent(session.ledgerId, before + 1);
    expect(event).toMatchObject({ type: 'inspection.completed', subject: draft.id, author: { id: session.user.id, name: session.user.name } });
    const state = projectionState(session.ledger.current().states, inspectionsProjection);
    expect(state.inspections.get(draft.id)?.payload.measurements.units[0]?.area).toEqual({ value: 20, unit: 'm2' });
    expect(await inspectionDraftRows.read(session)).toEqual({ kind: 'none' });
  });

  it('records nothing while a problem remains', async () => {
    const session = await anInspectionSession();
    const draft = aDraftWithDormitory({ peoplePresent: '1O' });
    const before = session.storage.head()?.seq;
    const result = await finishInspection(session, DEFAULT_TEMPLATE, draft, CLOCK);
    expect(result.ok).toBe(false);
    expect(session.storage.head()?.seq).toBe(before);
  });
});

describe('corrective actions and templates', () => {
  it('opens, updates and closes an action; an overdue action stops being overdue once closed', async () => {
    const session = await anInspectionSession();
    const id = await openAction(session, {
      facility: { code: 'CRP-01', name: 'Central Remand Prison' },
      source: { inspectionId: '0190b6a0-0000-7000-8000-0000000000d1', itemId: 'water.storage_clean' },
      what: 'Provide lids for every barrel.',
      owner: 'Facility director',
      dueDate: '2026-11-20',
      priority: 'high',
    }, CLOCK);
    const asOf = { now: new Date('2026-11-26T10:00:00Z'), timeZone: 'UTC' };
    const state = () => projectionState(session.ledger.current().states, actionsProjection);
    expect(overdueActions(state(), asOf).map((action) => action.id)).toEqual([id]);
    await updateAction(session, id, { note: 'Lids ordered.', owner: 'Logistics officer' }, CLOCK);
    await closeAction(session, id, 'Seen on site: all barrels capped.', CLOCK);
    expect(overdueActions(state(), asOf)).toEqual([]);
    expect(listActions(state(), asOf)[0]).toMatchObject({ status: 'closed', owner: 'Logistics officer', closure: { verificationNote: 'Seen on site: all barrels capped.' } });
  });

  it('records an imported template whole', async () => {
    const session = await anInspectionSession();
    await importTemplate(session, aTemplate(), CLOCK);
    const imported = importedTemplates(projectionState(session.ledger.current().states, inspectionsProjection));
    expect(imported.map((record) => record.template)).toEqual([aTemplate()]);
  });
});
