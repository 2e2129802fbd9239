import { describe, expect, it } from 'vitest';
import type { FacilityRef, TransferOptions } from '@shared/oversight/transfers';
import { DEFAULT_CLOCK_TOLERANCE_HOURS, DEFAULT_TRANSFER_WINDOW_HOURS, placeResolver, reconcileTransfers } from '@shared/oversight/transfers';
import type { TestRegister } from './registers';
import { aRegister, recordsOf, transferInFrom, transferOutTo } from './registers';

const NORTH = 'North Prison';
const SOUTH = 'South Remand Centre';
const PERSON = '0190aaaa-0000-7000-8000-0000000000a1';
const ARRIVED = '0190bbbb-0000-7000-8000-0000000000b1';
const DEPARTED_AT = '2026-11-10T08:00:00+03:00';
const DEPARTED_MS = Date.parse(DEPARTED_AT);
const HOUR_MS = 3_600_000;

const at = (ms: number) => new Date(ms).toISOString();
const options = (overrides: Partial<TransferOptions> = {}): TransferOptions => ({
  windowHours: DEFAULT_TRANSFER_WINDOW_HOURS,
  toleranceHours: DEFAULT_CLOCK_TOLERANCE_HOURS,
  now: new Date(DEPARTED_MS + 10 * 24 * HOUR_MS),
  ...overrides,
});

function registers(departureRecordedMs = DEPARTED_MS + 10 * 60_000, destination = SOUTH): { north: TestRegister; south: TestRegister; facilities: FacilityRef[] } {
  const north = aRegister('a', 'NP', NORTH);
  const south = aRegister('b', 'SRC', SOUTH);
  north.admit(PERSON, '2026-11-01T10:00:00+03:00', '2026-11-01T07:30:00.000Z');
  north.add('custody.transferred_out', PERSON, DEPARTED_AT, at(departureRecordedMs), transferOutTo(destination));
  const facilities = [
    { ledger: north.ledger, name: NORTH, code: 'NP-DEMO' },
    { ledger: south.ledger, name: SOUTH, code: 'SRC-DEMO' },
  ];
  return { north, south, facilities };
}

function onlyOutcome(north: TestRegister, south: TestRegister, facilities: FacilityRef[], overrides: Partial<TransferOptions> = {}) {
  const results = reconcileTransfers(recordsOf(north, south), facilities, options(overrides));
  expect(results).toHaveLength(1);
  const [result] = results;
  if (result === undefined) throw new Error('no reconciliation');
  return result;
}

describe('transfer reconciliation', () => {
  it('matches an admission of the same person at the destination within the window', () => {
    const { north, south, facilities } = registers();
    south.admit(ARRIVED, at(DEPARTED_MS + 6 * HOUR_MS), at(DEPARTED_MS + 6.5 * HOUR_MS));
    const result = onlyOutcome(north, south, facilities);
    expect(result.outcome).toBe('matched');
    expect(result.destinationLedger).toBe(south.ledger);
    expect(result.arrival).toMatchObject({ recordId: ARRIVED, via: 'admission', cited: false, match: { strength: 'strong', father: 'same', birth: 'same' } });
    expect(result.departure).toMatchObject({ recordId: PERSON, ledger: north.ledger, seq: 2, destination: SOUTH });
  });

  it('calls an arrival after the window late, and the window is configurable', () => {
    const { north, south, facilities } = registers();
    south.admit(ARRIVED, at(DEPARTED_MS + 80 * HOUR_MS), at(DEPARTED_MS + 80 * HOUR_MS));
    expect(onlyOutcome(north, south, facilities).outcome).toBe('late');
    expect(onlyOutcome(north, south, facilities, { windowHours: 96 }).outcome).toBe('matched');
  });

  it('is in transit until the window closes, then unmatched', () => {
    const { north, south, facilities } = registers();
    expect(onlyOutcome(north, south, facilities, { now: new Date(DEPARTED_MS + 10 * HOUR_MS) }).outcome).toBe('in_transit');
    const closed = onlyOutcome(north, south, facilities);
    expect(closed.outcome).toBe('unmatched');
    expect(closed.windowEndsMs).toBe(DEPARTED_MS + 74 * HOUR_MS);
  });

  it('says when the destination is not a facility whose register is held', () => {
    const { north, south, facilities } = registers(undefined, 'Eastern Military Detention Centre');
    const result = onlyOutcome(north, south, facilities);
    expect(result).toMatchObject({ outcome: 'unknown_destination', destinationLedger: undefined });
  });

  it('finds the destination by name whatever the case, spacing or accents, or by code', () => {
    const resolve = placeResolver([{ ledger: 'b', name: 'Centre de détention Sud', code: 'CDS-01' }]);
    expect(resolve('  centre de DETENTION  sud ')).toBe('b');
    expect(resolve('cds-01')).toBe('b');
    expect(resolve('Centre Nord')).toBeUndefined();
  });

  it('matches an admission written before the transfer out was written: times are when things happened', () => {
    const { north, south, facilities } = registers(DEPARTED_MS + 50 * HOUR_MS);
    south.admit(ARRIVED, at(DEPARTED_MS + 4 * HOUR_MS), at(DEPARTED_MS + 4.2 * HOUR_MS));
    expect(onlyOutcome(north, south, facilities).outcome).toBe('matched');
  });

  it('absorbs a destination clock behind the origin within the tolerance, and no more', () => {
    const skewed = registers();
    skewed.south.admit(ARRIVED, at(DEPARTED_MS - 1.5 * HOUR_MS), at(DEPARTED_MS - HOUR_MS));
    expect(onlyOutcome(skewed.north, skewed.south, skewed.facilities).outcome).toBe('matched');
    const before = registers();
    before.south.admit(ARRIVED, at(DEPARTED_MS - 5 * HOUR_MS), at(DEPARTED_MS - 5 * HOUR_MS));
    expect(onlyOutcome(before.north, before.south, before.facilities).outcome).toBe('unmatched');
    expect(onlyOutcome(before.north, before.south, before.facilities, { toleranceHours: 6 }).outcome).toBe('matched');
  });

  it('matches the same person written in another script and transliteration', () => {
    const { north, south, facilities } = registers();
    south.admit(ARRIVED, at(DEPARTED_MS + 3 * HOUR_MS), at(DEPARTED_MS + 3 * HOUR_MS), {
      familyName: { unknown: 'unknown' },
      givenNames: { unknown: 'unknown' },
      familyNameLatin: { value: 'Al Hasan' },
      givenNamesLatin: { value: 'Mohammed' },
      aliases: { unknown: 'unknown' },
      fatherFirstName: { value: 'Ali' },
      dateOfBirth: { value: '1990' },
    });
    const result = onlyOutcome(north, south, facilities);
    expect(result.outcome).toBe('matched');
    expect(result.arrival?.match?.strength).toBe('strong');
  });

  it('does not take a namesake whose father or birth differs', () => {
    const father = registers();
    father.south.admit(ARRIVED, at(DEPARTED_MS + 3 * HOUR_MS), at(DEPARTED_MS + 3 * HOUR_MS), { fatherFirstName: { value: 'عمر' } });
    expect(onlyOutcome(father.north, father.south, father.facilities).outcome).toBe('unmatched');
    const birth = registers();
    birth.south.admit(ARRIVED, at(DEPARTED_MS + 3 * HOUR_MS), at(DEPARTED_MS + 3 * HOUR_MS), { dateOfBirth: { value: '1985-02-01' } });
    expect(onlyOutcome(birth.north, birth.south, birth.facilities).outcome).toBe('unmatched');
  });

  it('trusts a transfer in that cites the departing record, even under another spelling', () => {
    const { north, south, facilities } = registers();
    south.admit(ARRIVED, at(DEPARTED_MS + 3 * HOUR_MS), at(DEPARTED_MS + 3 * HOUR_MS), {
      givenNames: { value: 'محمود' }, familyName: { value: 'خليل' }, givenNamesLatin: { value: 'Mahmoud' }, familyNameLatin: { value: 'Khalil' }, aliases: { unknown: 'unknown' },
    });
    south.add('custody.transferred_in', ARRIVED, at(DEPARTED_MS + 3 * HOUR_MS), at(DEPARTED_MS + 3.1 * HOUR_MS), transferInFrom(NORTH, PERSON));
    const result = onlyOutcome(north, south, facilities);
    expect(result.outcome).toBe('matched');
    expect(result.arrival).toMatchObject({ via: 'transfer_in', cited: true, seq: 2 });
  });

  it('uses one arrival for one transfer only', () => {
    const { north, south, facilities } = registers();
    const twin = '0190aaaa-0000-7000-8000-0000000000a2';
    north.admit(twin, '2026-11-02T10:00:00+03:00', '2026-11-02T07:30:00.000Z');
    north.add('custody.transferred_out', twin, at(DEPARTED_MS + HOUR_MS), at(DEPARTED_MS + HOUR_MS), transferOutTo(SOUTH));
    south.admit(ARRIVED, at(DEPARTED_MS + 3 * HOUR_MS), at(DEPARTED_MS + 3 * HOUR_MS));
    const outcomes = reconcileTransfers(recordsOf(north, south), facilities, options()).map((result) => result.outcome);
    expect(outcomes).toEqual(['matched', 'unmatched']);
  });
});
