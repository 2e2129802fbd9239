import { describe, expect, it } from 'vitest';
import type { ImportEntry } from '@shared/exchange/history';
import { EMPTY_HISTORY } from '@shared/exchange/history';
import { initialActionsState } from '@shared/inspection/actionsProjection';
import type { InspectionsState } from '@shared/inspection/inspectionsProjection';
import { applyInspectionEvent, initialInspectionsState } from '@shared/inspection/inspectionsProjection';
import { facilityAggregate } from '@shared/sharing/aggregate';
import { periodBounds } from '@shared/sharing/period';
import type { MonitoringSources } from '@shared/monitoring/snapshot';
import { monthlySeries, periodSnapshot } from '@shared/monitoring/snapshot';
import { monthsOf } from '@shared/monitoring/periods';
import { anInspectionDraft, anInspectionPayload, aUnit, inspectionEvents, someMeasurements } from '../../../builders/inspection';
import { aRegister, recordsOf } from '../oversight/registers';

const NOW = new Date('2026-06-30T12:00:00Z');
const north = aRegister('a', 'NP', 'North Prison');
north.admit('n1', '2026-01-10T10:00:00+03:00', '2026-01-10T07:30:00.000Z');
north.admit('n2', '2026-02-10T10:00:00+03:00', '2026-02-10T07:30:00.000Z');
north.admit('n3', '2026-04-10T10:00:00+03:00', '2026-04-10T07:30:00.000Z');
const south = aRegister('b', 'SR', 'South Remand');
south.admit('s1', '2026-01-20T10:00:00+03:00', '2026-01-20T07:30:00.000Z');
const records = recordsOf(north, south);
const NORTH = { ledger: north.ledger, code: 'NP-01', timeZone: 'Asia/Baghdad' };
const SOUTH = { ledger: south.ledger, code: 'SR-01', timeZone: 'Asia/Baghdad' };
const Q1 = { from: '2026-01-01', to: '2026-03-31' };

function inspections(): InspectionsState {
  const crowded = someMeasurements({ units: [aUnit({ peoplePresent: 20 })] });
  const events = inspectionEvents([
    anInspectionDraft('inspection.completed', '0190b6a0-0000-7000-8000-0000000000b1', anInspectionPayload({ facility: { code: 'NP-01', name: 'North Prison' } }), '2026-02-01T10:00:00+03:00'),
    anInspectionDraft('inspection.completed', '0190b6a0-0000-7000-8000-0000000000b2', anInspectionPayload({ facility: { code: 'SR-01', name: 'South Remand' }, measurements: crowded }), '2026-03-01T10:00:00+03:00'),
  ]);
  return events.reduce(applyInspectionEvent, initialInspectionsState());
}

const sources: MonitoringSources = { records, inspections: inspections(), actions: initialActionsState(), alerts: [], history: EMPTY_HISTORY, now: NOW, viewerTimeZone: 'UTC' };

describe('a subject’s figures over a period', () => {
  it('takes safeguard tallies from the shared statistics of each facility and adds them up', () => {
    const snapshot = periodSnapshot([NORTH, SOUTH], Q1, sources);
    const { startMs, endMs } = periodBounds(Q1, 'Asia/Baghdad');
    const alone = [NORTH, SOUTH].map((facility) => facilityAggregate({ records, ledger: facility.ledger, startMs, endMs, now: NOW }));
    for (const [index, tally] of snapshot.safeguards.entries()) {
      const expected = alone.reduce((sum, aggregate) => sum + (aggregate.safeguards[index]?.met ?? 0), 0);
      expect(tally.met).toBe(expected);
    }
    const assessed = snapshot.safeguards.find((tally) => tally.ruleId === 'registration-delay');
    expect((assessed?.met ?? 0) + (assessed?.overdue ?? 0) + (assessed?.unknown ?? 0)).toBe(3);
    expect(snapshot.heldAtEnd).toBe(3);
  });

  it('averages the facilities’ latest scores and keeps the worst measured indicator', () => {
    const snapshot = periodSnapshot([NORTH, SOUTH], Q1, sources);
    expect(snapshot.inspections).toBe(2);
    expect(snapshot.scoredFacilities).toBe(2);
    const northOnly = periodSnapshot([NORTH], Q1, sources);
    const southOnly = periodSnapshot([SOUTH], Q1, sources);
    expect(snapshot.score).toBeCloseTo(((northOnly.score ?? 0) + (southOnly.score ?? 0)) / 2);
    expect(southOnly.indicators.floor_space_dormitory).toBeLessThan(northOnly.indicators.floor_space_dormitory ?? 0);
    expect(snapshot.indicators.floor_space_dormitory).toBe(southOnly.indicators.floor_space_dormitory);
  });

  it('has nothing to show for a period without data, and says no bundle had arrived', () => {
    const empty = periodSnapshot([NORTH], { from: '2025-01-01', to: '2025-03-31' }, sources);
    expect(empty.safeguards.every((tally) => tally.met + tally.overdue + tally.unknown === 0)).toBe(true);
    expect(empty).toMatchObject({ heldAtEnd: 0, inspections: 0, score: null, scoredFacilities: 0, openActions: 0, alerts: 0, bundleAgeDays: undefined, withoutBundle: 1 });
    expect(Object.values(empty.indicators).every((value) => value === null)).toBe(true);
  });

  it('gives one point per month, the same figures as the month on its own', () => {
    const series = monthlySeries([NORTH], monthsOf(Q1), sources);
    expect(series.map((point) => point.period.from)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(series.map((point) => point.snapshot.heldAtEnd)).toEqual([1, 2, 2]);
    expect(series[1]?.snapshot.inspections).toBe(1);
  });
});

describe('a period that reaches the viewer’s today', () => {
  // 21:30 UTC on 30 June is already 00:30 on 1 July in Baghdad: the facility's day has turned.
  const lateNow = new Date('2026-06-30T21:30:00Z');
  // Received after the minute the screen judges at, still within the viewer's today.
  const received: ImportEntry = {
    manifestHash: 'e'.repeat(64), fileSha256: 'f'.repeat(64), sender: { ledger: north.ledger, facility: 'North Prison' }, bundleSeq: 1, prevBundle: '',
    createdAt: '2026-06-30T21:30:40Z', decryptedWith: 'identity', segments: [{ ledger: north.ledger, fromSeq: 1, toSeq: 2, headHash: 'f'.repeat(64) }],
    newEventCount: 2, newByLedger: [], wasHeld: false, stamp: { at: '2026-06-30T21:30:40Z', by: 'Adviser', seq: 1 },
  };
  const late: MonitoringSources = { ...sources, history: { ...EMPTY_HISTORY, imports: [received] }, now: lateNow, viewerTimeZone: 'UTC' };
  const SINCE_APRIL = { from: '2026-04-01', to: '2026-06-30' };

  it('runs to the end of the viewer’s today in a facility whose own day has already turned', () => {
    expect(periodSnapshot([NORTH], SINCE_APRIL, late)).toMatchObject({ bundleAgeDays: 0, withoutBundle: 0 });
  });

  it('ends at the facility’s midnight for a viewer whose today is already past the period', () => {
    expect(periodSnapshot([NORTH], SINCE_APRIL, { ...late, viewerTimeZone: 'Asia/Tokyo' })).toMatchObject({ bundleAgeDays: undefined, withoutBundle: 1 });
  });
});
