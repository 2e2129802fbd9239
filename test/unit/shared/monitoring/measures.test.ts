import { describe, expect, it } from 'vitest';
import type { BundleHistory, ImportEntry } from '@shared/exchange/history';
import { EMPTY_HISTORY } from '@shared/exchange/history';
import type { ActionRecord, ActionsState } from '@shared/inspection/actionsProjection';
import type { EventMeta } from '@shared/inspection/eventMeta';
import type { OversightAlert } from '@shared/oversight/alerts';
import { actionsAt, alertsIn, bundleAgeAt } from '@shared/monitoring/measures';
import { anActionOpenedPayload } from '../../../builders/inspection';

const NORTH = 'a'.repeat(64);
const SOUTH = 'b'.repeat(64);

function meta(occurredAt: string, seq = 1): EventMeta {
  return { ledger: NORTH, seq, occurredAt, recordedAt: occurredAt, author: { id: 'u', name: 'Amina Yusuf' } };
}

function anAction(id: string, openedAt: string, dueDate: string, more: Partial<ActionRecord> = {}): ActionRecord {
  return { id, opened: { meta: meta(openedAt), payload: anActionOpenedPayload({ dueDate }) }, updates: [], closures: [], ...more };
}

function stateOf(...records: ActionRecord[]): ActionsState {
  return { byId: new Map(records.map((record) => [record.id, record])) };
}

const at = (iso: string) => Date.parse(iso);

describe('corrective actions as they stood at a moment', () => {
  it('counts an action closed later as open then, and one opened later not at all', () => {
    const closedLater = anAction('a1', '2026-01-10T09:00:00Z', '2026-01-20', { closures: [{ meta: meta('2026-03-01T09:00:00Z', 2), payload: { verificationNote: 'Lids seen.' } }] });
    const openedLater = anAction('a2', '2026-02-10T09:00:00Z', '2026-02-20');
    const state = stateOf(closedLater, openedLater);
    expect(actionsAt(state, 'CRP-01', at('2026-02-01T00:00:00Z'), 'UTC')).toEqual({ open: 1, overdue: 1 });
    expect(actionsAt(state, 'CRP-01', at('2026-03-02T00:00:00Z'), 'UTC')).toEqual({ open: 1, overdue: 1 });
    expect(actionsAt(state, 'OTHER', at('2026-03-02T00:00:00Z'), 'UTC')).toEqual({ open: 0, overdue: 0 });
  });

  it('is overdue only once the due day has ended where the facility is, with the due date it had then', () => {
    const moved = anAction('a1', '2026-01-10T09:00:00Z', '2026-01-31', {
      updates: [{ meta: meta('2026-02-05T09:00:00Z', 2), payload: { note: 'Supplier late.', dueDate: '2026-03-31' } }],
    });
    const state = stateOf(moved);
    // 31 January ends at 21:00 UTC in Baghdad (UTC+3).
    expect(actionsAt(state, 'CRP-01', at('2026-01-31T20:59:00Z'), 'Asia/Baghdad').overdue).toBe(0);
    expect(actionsAt(state, 'CRP-01', at('2026-01-31T21:00:00Z'), 'Asia/Baghdad').overdue).toBe(1);
    expect(actionsAt(state, 'CRP-01', at('2026-02-06T00:00:00Z'), 'Asia/Baghdad')).toEqual({ open: 1, overdue: 0 });
  });
});

function anAlert(id: string, ledger: string, occurredAt: string, severity: OversightAlert['severity']): OversightAlert {
  return { id, kind: severity === 'critical' ? 'transfer_unmatched' : 'transfer_late', severity, ledger, recordId: 'r', registerLabel: 'NP-000001', occurredMs: at(occurredAt), evidence: [], missing: [] };
}

describe('alerts and bundles of a period', () => {
  it('counts the alerts about events within the period, end excluded', () => {
    const alerts = [
      anAlert('1', NORTH, '2026-01-01T00:00:00Z', 'critical'),
      anAlert('2', NORTH, '2026-01-15T00:00:00Z', 'warning'),
      anAlert('3', NORTH, '2026-02-01T00:00:00Z', 'critical'),
      anAlert('4', SOUTH, '2026-01-15T00:00:00Z', 'critical'),
    ];
    expect(alertsIn(alerts, NORTH, at('2026-01-01T00:00:00Z'), at('2026-02-01T00:00:00Z'))).toEqual({ total: 2, critical: 1 });
  });

  it('gives the days since the newest bundle received before the moment, relayed ones included', () => {
    const anImport = (seq: number, stamped: string, ledgers: readonly string[]): ImportEntry => ({
      manifestHash: String(seq).repeat(64), fileSha256: 'f'.repeat(64), sender: { ledger: NORTH, facility: 'North Prison' }, bundleSeq: seq, prevBundle: '',
      createdAt: stamped, decryptedWith: 'identity', segments: ledgers.map((ledger) => ({ ledger, fromSeq: 1, toSeq: 2, headHash: 'f'.repeat(64) })),
      newEventCount: 2, newByLedger: [], wasHeld: false, stamp: { at: stamped, by: 'Adviser', seq },
    });
    const history: BundleHistory = { ...EMPTY_HISTORY, imports: [anImport(1, '2026-01-01T10:00:00Z', [NORTH]), anImport(2, '2026-01-20T10:00:00Z', [NORTH, SOUTH])] };
    expect(bundleAgeAt(history, NORTH, at('2026-01-11T10:00:00Z'))).toBe(10);
    expect(bundleAgeAt(history, NORTH, at('2026-01-21T09:00:00Z'))).toBe(0);
    expect(bundleAgeAt(history, SOUTH, at('2026-01-10T00:00:00Z'))).toBeUndefined();
    // A period not over yet counts a bundle received after the minute the screen judges at.
    expect(bundleAgeAt(history, SOUTH, at('2026-01-20T09:59:00Z'), at('2026-01-21T00:00:00Z'))).toBe(0);
  });
});
