import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { aChainOf, BUILDER_START_ISO } from '../../../../builders/ledger';
import { NO_AUDIT_FILTER, rowAt, selectAudit } from '../../../../../renderer/features/audit/auditFilter';
import type { AuditView } from '../../../../../renderer/features/audit/auditFilter';
import { zonedDayEnd, zonedDayStart } from '../../../../../renderer/features/audit/zonedDays';
import { auditLogProjection } from '../../../../../renderer/ledger';
import type { AuditLogState } from '../../../../../renderer/ledger';

// Ledger A records every minute from 08:00 UTC (the last at 08:29); ledger B every 90 minutes (09:30, 11:00, 12:30).
const a = aChainOf(30, { seed: 'station-a', author: { id: 'author-a', name: 'Amina' } });
const b = aChainOf(4, { seed: 'station-b', author: { id: 'author-b', name: 'Bachir' }, stepMs: 90 * 60_000 });
const state = auditLogProjection.applyMany?.(auditLogProjection.initial(), [...a, ...b]) as AuditLogState;

function rows(view: AuditView): [string, number][] {
  return Array.from({ length: view.count }, (_, index) => {
    const row = rowAt(state, view, index);
    return [row?.ledger === a[0]?.ledger ? 'A' : 'B', row?.entry[0] ?? 0];
  });
}

function seqsOf(view: AuditView, ledger: string): number[] {
  return rows(view).filter(([name]) => name === ledger).map(([, seq]) => seq);
}

describe('selecting audit rows', () => {
  it('lists every event newest first, interleaving ledgers by recorded time but never reordering one ledger', () => {
    const view = selectAudit(state, NO_AUDIT_FILTER, 'UTC');
    expect(view.count).toBe(34);
    expect(rows(view).slice(0, 4)).toEqual([['B', 4], ['B', 3], ['B', 2], ['A', 30]]);
    expect(seqsOf(view, 'A')).toEqual(Array.from({ length: 30 }, (_, index) => 30 - index));
    expect(seqsOf(view, 'B')).toEqual([4, 3, 2, 1]);
  });

  it('filters by author, type and part of the subject', () => {
    expect(selectAudit(state, { ...NO_AUDIT_FILTER, authorId: 'author-b' }, 'UTC').count).toBe(4);
    expect(selectAudit(state, { ...NO_AUDIT_FILTER, type: 'ledger.created' }, 'UTC').count).toBe(2);
    const subject = (a[5] as LedgerEvent).subject;
    const bySubject = selectAudit(state, { ...NO_AUDIT_FILTER, subject: ` ${subject.toUpperCase()} ` }, 'UTC');
    expect(rows(bySubject)).toEqual([['A', 6]]);
  });

  it('filters by recording date in the facility time zone', () => {
    const day = BUILDER_START_ISO.slice(0, 10);
    expect(selectAudit(state, { ...NO_AUDIT_FILTER, fromDate: day, toDate: day }, 'UTC').count).toBe(34);
    // At UTC+14 the next day starts at 10:00 UTC (B3, B4); at UTC−12 the previous day ends at 12:00 UTC (all but B4).
    expect(rows(selectAudit(state, { ...NO_AUDIT_FILTER, fromDate: '2026-11-27' }, 'Pacific/Kiritimati'))).toEqual([['B', 4], ['B', 3]]);
    expect(selectAudit(state, { ...NO_AUDIT_FILTER, toDate: '2026-11-25' }, 'Etc/GMT+12').count).toBe(33);
  });
});

describe('days in a time zone', () => {
  it('start and end at local midnight, across a daylight-saving change', () => {
    expect(new Date(zonedDayStart('2026-03-29', 'Europe/Paris') ?? 0).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(new Date(zonedDayEnd('2026-03-29', 'Europe/Paris') ?? 0).toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(zonedDayStart('29/03/2026', 'UTC')).toBeUndefined();
  });
});
