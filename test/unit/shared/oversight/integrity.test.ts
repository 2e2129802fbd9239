import { describe, expect, it } from 'vitest';
import type { BundleHistory } from '@shared/exchange/history';
import { EMPTY_HISTORY } from '@shared/exchange/history';
import type { LedgerEventRow } from '@shared/oversight/integrity';
import { auditLedgerEvents, bundleFindings, monthOf, registerSeriesFindings } from '@shared/oversight/integrity';
import { applyCustodyEvents, initialCustodyState } from '@shared/custody/custodyProjection';
import { aRegister } from './registers';

const LEDGER = 'a'.repeat(64);

function row(seq: number, type: string, occurredAt: string, recordedAt: string, author = 'Registrar A'): LedgerEventRow {
  return { seq, id: `id-${seq}`, type, subject: 's', authorId: author.toLowerCase(), authorName: author, occurredAt, recordedAt };
}

describe('ledger event audit', () => {
  const rows = [
    row(1, 'custody.admitted', '2026-11-01T10:00:00+03:00', '2026-11-01T07:30:00.000Z'),
    row(2, 'custody.admitted', '2026-10-20T10:00:00+03:00', '2026-11-01T08:00:00.000Z'),
    row(3, 'custody.medical_examined', '2026-11-01T09:00:00+03:00', '2026-11-01T06:00:00.000Z'),
    row(4, 'custody.corrected', '2026-09-01T00:00:00Z', '2026-11-01T09:00:00.000Z'),
    row(5, 'custody.voided', '2026-11-30T23:30:00Z', '2026-11-30T23:30:00.000Z', 'Supervisor B'),
    row(6, 'inspection.completed', '2026-08-01T10:00:00+03:00', '2026-12-02T09:00:00.000Z'),
  ];

  it('lists entries written long after what they state, custody entries only, past a configurable limit', () => {
    const audit = auditLedgerEvents(LEDGER, rows, 72);
    expect(audit.events).toBe(6);
    expect(audit.backdated.map((entry) => [entry.seq, Math.round(entry.lagMs / 3_600_000)])).toEqual([[2, 289]]);
    expect(auditLedgerEvents(LEDGER, rows, 400).backdated).toEqual([]);
  });

  it('finds the device clock going backwards between consecutive events', () => {
    const audit = auditLedgerEvents(LEDGER, rows, 72);
    expect(audit.regressions).toEqual([expect.objectContaining({ seq: 3, eventId: 'id-3', backMs: 2 * 3_600_000 })]);
  });

  it('counts corrections and voids per user and month of the facility calendar', () => {
    expect(auditLedgerEvents(LEDGER, rows, 72, 'Asia/Baghdad').activity).toEqual([
      { ledger: LEDGER, authorId: 'supervisor b', authorName: 'Supervisor B', month: '2026-12', corrections: 0, voids: 1 },
      { ledger: LEDGER, authorId: 'registrar a', authorName: 'Registrar A', month: '2026-11', corrections: 1, voids: 0 },
    ]);
    expect(monthOf(Date.parse('2026-11-30T23:30:00Z'))).toBe('2026-11');
    expect(monthOf(Date.parse('2026-11-30T23:30:00Z'), 'Not/AZone')).toBe('2026-11');
  });
});

describe('register series', () => {
  it('reports gaps and duplicates per ledger, only where there are some', () => {
    const north = aRegister('a', 'NP', 'North');
    const south = aRegister('b', 'SR', 'South');
    north.admit('r1', '2026-11-01T10:00:00+03:00', '2026-11-01T08:00:00.000Z');
    north.admit('r2', '2026-11-01T11:00:00+03:00', '2026-11-01T09:00:00.000Z');
    north.admit('r3', '2026-11-01T12:00:00+03:00', '2026-11-01T10:00:00.000Z');
    south.admit('s1', '2026-11-01T12:00:00+03:00', '2026-11-01T10:00:00.000Z');
    const torn = north.events.filter((event) => event.subject !== 'r2');
    const state = applyCustodyEvents(initialCustodyState(), [...torn, ...south.events]);
    expect(registerSeriesFindings(state, [north.ledger, south.ledger])).toEqual([{ ledger: north.ledger, gaps: [{ from: 2, to: 2 }], duplicates: [] }]);
  });
});

describe('bundle findings', () => {
  const sender = { ledger: 'c'.repeat(64), facility: 'North Prison' };
  const received = { fileSha256: 'd'.repeat(64), sender, prevBundle: '', createdAt: '2026-11-20T10:00:00.000Z' } as const;
  const history: BundleHistory = {
    ...EMPTY_HISTORY,
    imports: [
      { ...received, manifestHash: '1'.repeat(64), bundleSeq: 1, decryptedWith: 'identity', segments: [], newEventCount: 3, newByLedger: [], wasHeld: false, stamp: { at: '2026-11-20T11:00:00.000Z', by: 'A', seq: 5 } },
      { ...received, manifestHash: '3'.repeat(64), bundleSeq: 3, decryptedWith: 'identity', segments: [], newEventCount: 3, newByLedger: [], wasHeld: true, stamp: { at: '2026-11-22T11:00:00.000Z', by: 'A', seq: 9 } },
    ],
    held: [{ ...received, manifestHash: '5'.repeat(64), bundleSeq: 5, missingBundleSeq: 4, missingLedger: sender.ledger, missingFrom: 40, missingTo: 52, storedAs: '0190aaaa-0000-7000-8000-000000000001', stamp: { at: '2026-11-23T11:00:00.000Z', by: 'A', seq: 10 } }],
    refused: [{ ...received, manifestHash: '6'.repeat(64), bundleSeq: 6, code: 'fork', fork: { ledger: sender.ledger, seq: 12, knownHash: 'a', incomingHash: 'b' }, storedAs: '0190aaaa-0000-7000-8000-000000000002', stamp: { at: '2026-11-21T11:00:00.000Z', by: 'A', seq: 8 } }],
  };

  it('puts forks first, then held and out-of-sequence bundles, newest first', () => {
    expect(bundleFindings(history).map((finding) => [finding.kind, finding.bundleSeq, finding.severity])).toEqual([
      ['fork', 6, 'critical'],
      ['held', 5, 'warning'],
      ['out_of_sequence', 3, 'warning'],
    ]);
    expect(bundleFindings(history)[0]?.fork).toEqual({ ledger: sender.ledger, seq: 12 });
    expect(bundleFindings(history)[1]?.missing).toEqual({ ledger: sender.ledger, from: 40, to: 52, bundleSeq: 4 });
    expect(bundleFindings(EMPTY_HISTORY)).toEqual([]);
  });
});
