import { describe, expect, it } from 'vitest';
import type { BundleHistory, ImportEntry } from '@shared/exchange/history';
import { EMPTY_HISTORY } from '@shared/exchange/history';
import { custodyCountsByLedger, facilityOverviewRow, lastBundleCarrying, sortOverviewRows } from '@shared/oversight/overview';
import { aRegister, recordsOf, transferOutTo } from './registers';

const NORTH = 'a'.repeat(64);
const RELAYED = 'e'.repeat(64);

function anImport(bundleSeq: number, at: string, ledgers: readonly string[]): ImportEntry {
  return {
    manifestHash: String(bundleSeq).repeat(64).slice(0, 64), fileSha256: 'f'.repeat(64), sender: { ledger: NORTH, facility: 'North Prison' }, bundleSeq, prevBundle: '',
    createdAt: at, decryptedWith: 'identity', segments: ledgers.map((ledger) => ({ ledger, fromSeq: 1, toSeq: 10, headHash: 'f'.repeat(64) })),
    newEventCount: 10, newByLedger: [], wasHeld: false, stamp: { at, by: 'Adviser', seq: bundleSeq },
  };
}

const history: BundleHistory = { ...EMPTY_HISTORY, imports: [anImport(1, '2026-11-01T10:00:00.000Z', [NORTH]), anImport(2, '2026-11-10T10:00:00.000Z', [NORTH, RELAYED])] };

describe('facilities overview', () => {
  it('finds the last bundle that carried a ledger, relayed ones included', () => {
    expect(lastBundleCarrying(history, NORTH)?.bundleSeq).toBe(2);
    expect(lastBundleCarrying(history, RELAYED)?.bundleSeq).toBe(2);
    expect(lastBundleCarrying(history, 'b'.repeat(64))).toBeUndefined();
  });

  it('warns when a facility has sent nothing for longer than the limit, or never', () => {
    const input = { ledger: NORTH, name: 'North Prison', code: 'NP' };
    const fresh = facilityOverviewRow(input, history, new Date('2026-11-20T09:00:00Z'), 14);
    expect(fresh).toMatchObject({ daysSinceBundle: 9, isStale: false, held: 0, forks: 0, lastBundle: { bundleSeq: 2, receivedAt: '2026-11-10T10:00:00.000Z' } });
    expect(facilityOverviewRow(input, history, new Date('2026-11-25T11:00:00Z'), 14)).toMatchObject({ daysSinceBundle: 15, isStale: true });
    expect(facilityOverviewRow(input, history, new Date('2026-11-25T11:00:00Z'), 30).isStale).toBe(false);
    const never = facilityOverviewRow({ ...input, ledger: 'b'.repeat(64) }, history, new Date('2026-11-20T09:00:00Z'), 14);
    expect(never.isStale).toBe(true);
    expect(never.lastBundle).toBeUndefined();
  });

  it('counts people held and those with overdue safeguards per ledger', () => {
    const north = aRegister('a', 'NP', 'North Prison');
    north.admit('r1', '2026-11-01T10:00:00+03:00', '2026-11-01T07:30:00.000Z');
    north.admit('r2', '2026-11-02T10:00:00+03:00', '2026-11-02T07:30:00.000Z');
    north.add('custody.transferred_out', 'r2', '2026-11-03T10:00:00+03:00', '2026-11-03T07:30:00.000Z', transferOutTo('South'));
    const counts = custodyCountsByLedger(recordsOf(north), new Date('2026-12-01T00:00:00Z'));
    const own = counts.get(north.ledger);
    expect(own?.population).toBe(1);
    expect(own?.breachedPeople).toBe(1);
    expect(own?.breaches).toBeGreaterThan(0);
  });

  it('puts forks, then held bundles, then stale facilities first', () => {
    const row = (name: string, forks: number, held: number, isStale: boolean) => ({ ledger: name, name, code: name, forks, held, isStale });
    const sorted = sortOverviewRows([row('Alpha', 0, 0, false), row('Bravo', 0, 0, true), row('Charlie', 0, 1, false), row('Delta', 1, 0, false)], (a, b) => a.localeCompare(b));
    expect(sorted.map((item) => item.name)).toEqual(['Delta', 'Charlie', 'Bravo', 'Alpha']);
  });
});
