import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { actionCountsByFacility, actionView, listActions, localDate, overdueActions } from '@shared/inspection/actionViews';
import type { ActionsState } from '@shared/inspection/actionsProjection';
import { actionsProjection, applyActionEvent, applyActionEvents, initialActionsState } from '@shared/inspection/actionsProjection';
import {
  anActionOpenedPayload,
  anInspectionDraft,
  anInspectionLedger,
  anInspectionPayload,
  inspectionEvents,
  moreInspectionEvents,
} from '../../../builders/inspection';

const ACTION = '0190b6a0-0000-7000-8000-0000000000b1';
const OTHER = '0190b6a0-0000-7000-8000-0000000000b2';
const UTC = (iso: string) => ({ now: new Date(iso) });

function fold(events: readonly LedgerEvent[]): ActionsState {
  return events.reduce(applyActionEvent, initialActionsState());
}

const opened = (subject = ACTION, payload = {}, at = '2026-11-26T10:00:00+03:00') =>
  anInspectionDraft('action.opened', subject, anActionOpenedPayload(payload), at);
const updated = (payload: object, at: string, subject = ACTION) => anInspectionDraft('action.updated', subject, payload, at);
const closed = (note: string, at: string, subject = ACTION) => anInspectionDraft('action.closed', subject, { verificationNote: note }, at);

describe('overdue actions', () => {
  const state = fold(inspectionEvents([opened()]));

  it('are open actions whose due day has ended, not those due today', () => {
    expect(overdueActions(state, UTC('2026-12-10T23:59:00Z'))).toEqual([]);
    expect(overdueActions(state, UTC('2026-12-11T00:00:00Z')).map((a) => a.id)).toEqual([ACTION]);
  });

  it('are judged on the facility’s calendar', () => {
    const lateEvening = { now: new Date('2026-12-10T22:30:00Z'), timeZone: 'Africa/Khartoum' };
    expect(localDate(lateEvening.now, lateEvening.timeZone)).toBe('2026-12-11');
    expect(overdueActions(state, lateEvening)).toHaveLength(1);
    expect(localDate(lateEvening.now, 'Not/AZone')).toBe('2026-12-10');
  });

  it('leave the list once closed, and move with a new due date', () => {
    const ledger = anInspectionLedger();
    const first = moreInspectionEvents(ledger, [], [opened()]);
    const later = UTC('2026-12-20T12:00:00Z');
    const postponed = fold([...first, ...moreInspectionEvents(ledger, first, [updated({ note: 'Supplier late.', dueDate: '2027-01-31' }, '2026-12-09T10:00:00+03:00')])]);
    expect(overdueActions(postponed, later)).toEqual([]);
    const done = fold([...first, ...moreInspectionEvents(ledger, first, [closed('Lids seen on every barrel.', '2026-12-15T10:00:00+03:00')])]);
    expect(overdueActions(done, later)).toEqual([]);
    expect(listActions(done, later)[0]).toMatchObject({ status: 'closed', isOverdue: false });
  });

  it('can be narrowed to one facility', () => {
    const events = inspectionEvents([opened(), opened(OTHER, { facility: { code: 'PS-2', name: 'Police Station 2' } })]);
    const late = UTC('2027-01-01T00:00:00Z');
    expect(overdueActions(fold(events), late, 'PS-2').map((a) => a.id)).toEqual([OTHER]);
    expect(overdueActions(fold(events), late)).toHaveLength(2);
  });
});

describe('action views', () => {
  it('apply updates in order and keep their notes', () => {
    const events = inspectionEvents([
      opened(),
      updated({ note: 'Owner changed.', owner: 'Deputy director' }, '2026-11-27T10:00:00+03:00'),
      updated({ note: 'Lower priority.', priority: 'low' }, '2026-11-28T10:00:00+03:00'),
    ]);
    const [view] = listActions(fold(events), UTC('2026-11-29T00:00:00Z'));
    expect(view).toMatchObject({ owner: 'Deputy director', priority: 'low', dueDate: '2026-12-10', status: 'open' });
    expect(view?.notes.map((n) => n.note)).toEqual(['Owner changed.', 'Lower priority.']);
    expect(view?.closure).toBeUndefined();
  });

  it('record who verified a closure', () => {
    const events = inspectionEvents([opened(), closed('Seen on site.', '2026-12-01T10:00:00+03:00')], { author: { id: 'u2', name: 'Adviser' } });
    const [view] = listActions(fold(events), UTC('2026-12-02T00:00:00Z'));
    expect(view?.closure).toEqual({ at: '2026-12-01T10:00:00+03:00', by: { id: 'u2', name: 'Adviser' }, verificationNote: 'Seen on site.' });
  });

  it('list overdue first, then open by due date and priority, closed last', () => {
    const events = inspectionEvents([
      opened(ACTION, { dueDate: '2026-12-30', priority: 'low' }),
      opened(OTHER, { dueDate: '2026-12-30', priority: 'high' }),
      opened('a-3', { dueDate: '2026-12-01' }),
      opened('a-4', { dueDate: '2026-11-01' }),
      closed('Done.', '2026-11-30T10:00:00+03:00', 'a-4'),
    ]);
    const views = listActions(fold(events), UTC('2026-12-05T00:00:00Z'));
    expect(views.map((v) => v.id)).toEqual(['a-3', OTHER, ACTION, 'a-4']);
    expect(listActions(fold(events), UTC('2026-12-05T00:00:00Z'), { status: 'closed' }).map((v) => v.id)).toEqual(['a-4']);
  });

  it('count open, overdue and closed actions per facility', () => {
    const events = inspectionEvents([
      opened(),
      opened(OTHER, { dueDate: '2027-06-01' }),
      opened('a-3', { facility: { code: 'PS-2', name: 'Police Station 2' } }),
      closed('Done.', '2026-12-01T10:00:00+03:00', 'a-3'),
    ]);
    const counts = actionCountsByFacility(fold(events), UTC('2026-12-20T00:00:00Z'));
    expect(Object.fromEntries(counts)).toEqual({
      'CRP-01': { open: 2, overdue: 1, closed: 0 },
      'PS-2': { open: 0, overdue: 0, closed: 1 },
    });
  });
});

describe('the actions projection', () => {
  const ledgerA = anInspectionLedger({ seed: 'facility' });
  const ledgerB = anInspectionLedger({ seed: 'adviser' });
  const fromA = moreInspectionEvents(ledgerA, [], [
    anInspectionDraft('inspection.completed', 'i-1', anInspectionPayload()),
    opened(),
    updated({ note: 'Ordered lids.', dueDate: '2026-12-20' }, '2026-11-30T10:00:00+03:00'),
  ]);
  const fromB = moreInspectionEvents(ledgerB, [], [
    updated({ note: 'Adviser visit: half done.' }, '2026-12-05T10:00:00+03:00'),
    closed('Verified by the adviser.', '2026-12-18T10:00:00+03:00'),
  ]);
  const all = [...fromA, ...fromB];

  it('closes an action even when the closure arrives before the opening', () => {
    const early = fold([...fromB]);
    expect(listActions(early, UTC('2026-12-19T00:00:00Z'))).toEqual([]);
    expect(early.byId.get(ACTION)?.closures).toHaveLength(1);
    const [view] = listActions(applyActionEvents(early, fromA), UTC('2026-12-19T00:00:00Z'));
    expect(view).toMatchObject({ status: 'closed', dueDate: '2026-12-20' });
    expect(view?.notes.map((n) => n.note)).toEqual(['Ordered lids.', 'Adviser visit: half done.']);
  });

  it('reaches the same state whatever order the events arrive in', () => {
    const expected = fold(all);
    fc.assert(
      fc.property(fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }), (order) => {
        expect(fold(order)).toEqual(expected);
      }),
    );
  });

  it('keeps the first opening by (ledger, seq) when one id is opened twice', () => {
    const second = moreInspectionEvents(ledgerA, fromA, [opened(ACTION, { what: 'Something else.' })]);
    const record = fold([...second, ...fromA]).byId.get(ACTION);
    expect(record?.opened?.payload.what).toBe('Provide lids for every water barrel.');
  });

  it('folds batches as apply does and ignores other event types', () => {
    expect(applyActionEvents(initialActionsState(), all)).toEqual(fold(all));
    const state = fold(all);
    expect(applyActionEvent(state, fromA[0]!)).toBe(state);
    expect(applyActionEvents(state, [fromA[0]!])).toBe(state);
  });

  it('round-trips through a JSON snapshot', () => {
    const state = fold(all);
    const parts = JSON.parse(JSON.stringify(actionsProjection.serialize(state))) as unknown[];
    expect(actionsProjection.deserialize(parts)).toEqual(state);
    expect(actionsProjection.initial()).toEqual(initialActionsState());
  });

  it('returns no view for an action not yet opened', () => {
    expect(actionView({ id: 'x', updates: [], closures: [] }, '2026-12-01')).toBeUndefined();
  });
});
