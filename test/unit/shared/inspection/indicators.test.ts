import { describe, expect, it } from 'vitest';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import { INDICATOR_PROFILES } from '@shared/inspection/indicatorProfiles';
import type { IndicatorReport } from '@shared/inspection/indicators';
import { computeIndicators, facilityResult } from '@shared/inspection/indicators';
import { combineStates, rateValue } from '@shared/inspection/indicatorStates';
import type { Measurements } from '@shared/inspection/measurements';
import { EMPTY_MEASUREMENTS, SQUARE_METRES_PER_SQUARE_FOOT, toSquareMetres } from '@shared/inspection/measurements';
import { aUnit, someMeasurements } from '../../../builders/inspection';

const icrc = INDICATOR_PROFILES.icrc;
const cpt = INDICATOR_PROFILES.cpt;

function result(report: IndicatorReport, id: IndicatorId) {
  const found = facilityResult(report, id);
  if (found === undefined) throw new Error(`no ${id}`);
  return found;
}

function facility(measurements: Measurements, profile = icrc, id: IndicatorId = 'floor_space_dormitory') {
  return result(computeIndicators(measurements, profile), id);
}

describe('computeIndicators with complete measurements', () => {
  it('rates a facility that meets every ICRC figure green, exactly 3.4 m² included', () => {
    const report = computeIndicators(someMeasurements(), icrc);
    expect(report.profileId).toBe('icrc');
    expect(report.facility.map((r) => r.id)).toEqual(INDICATOR_IDS);
    const states = Object.fromEntries(report.facility.map((r) => [r.id, r.state]));
    expect(states).toEqual({
      floor_space_dormitory: 'green',
      floor_space_single_cell: 'not_applicable',
      occupancy: 'green',
      drinking_water: 'green',
      people_per_toilet: 'green',
      people_per_shower: 'green',
      outdoor_hours: 'green',
      meals_per_day: 'green',
    });
    expect(result(report, 'floor_space_dormitory').value).toBeCloseTo(3.4);
    expect(result(report, 'floor_space_single_cell').reason).toBe('no-units-of-kind');
    expect(result(report, 'occupancy').value).toBeCloseTo((10 / 12) * 100);
    expect(result(report, 'drinking_water').value).toBe(6);
  });

  it('shows a breach of 3.4 m² as red, with the ICRC standard beside the value', () => {
    const floor = facility(someMeasurements({ units: [aUnit({ area: { value: 30, unit: 'm2' } })] }));
    expect(floor.state).toBe('red');
    expect(floor.value).toBeCloseTo(3);
    expect(floor.unitId).toBe('dorm-a');
    expect(floor.threshold.target).toBe(3.4);
    expect(floor.threshold.sources).toEqual([{ instrument: 'ICRC-WASH12', force: 'recommendation' }]);
  });

  it('rolls floor space up as the worst unit, with the facility average beside it', () => {
    const units = [aUnit({ area: { value: 40, unit: 'm2' } }), aUnit({ id: 'dorm-b', area: { value: 30, unit: 'm2' } })];
    const floor = facility(someMeasurements({ units }));
    expect(floor).toMatchObject({ state: 'red', unitId: 'dorm-b', unitsUnknown: 0 });
    expect(floor.value).toBeCloseTo(3);
    expect(floor.average).toBeCloseTo(3.5);
  });

  it('rates single cells against 5.4 m² (ICRC) or 6 m² (CPT)', () => {
    const cell = aUnit({ id: 'cell-1', kind: 'single_cell', area: { value: 5.5, unit: 'm2' }, peoplePresent: 1 });
    const measurements = someMeasurements({ units: [cell] });
    expect(facility(measurements, icrc, 'floor_space_single_cell').state).toBe('green');
    expect(facility(measurements, cpt, 'floor_space_single_cell').state).toBe('red');
    expect(facility(measurements, cpt, 'floor_space_single_cell').threshold.target).toBe(6);
  });

  it('holds dormitories to 4 m² under the CPT profile', () => {
    const floor = facility(someMeasurements(), cpt);
    expect(floor.state).toBe('red');
    expect(floor.threshold.sources[0]?.instrument).toBe('CPT');
    expect(facility(someMeasurements({ units: [aUnit({ area: { value: 40, unit: 'm2' } })] }), cpt).state).toBe('green');
  });

  it('gives per-unit results, with occupancy only where a unit has its own capacity', () => {
    const units = [aUnit({ officialCapacity: 8 }), aUnit({ id: 'cell-1', kind: 'single_cell', area: { value: 6, unit: 'm2' }, peoplePresent: 1 })];
    const report = computeIndicators(someMeasurements({ units }), icrc);
    expect(report.units.map((u) => u.results.map((r) => r.id))).toEqual([
      ['floor_space_dormitory', 'occupancy', 'outdoor_hours'],
      ['floor_space_single_cell', 'outdoor_hours'],
    ]);
    expect(report.units[0]?.results[1]).toMatchObject({ state: 'red', value: 125, unitId: 'dorm-a' });
  });
});

describe('unit conversions', () => {
  it('converts square feet exactly', () => {
    expect(toSquareMetres({ value: 1, unit: 'ft2' })).toBe(SQUARE_METRES_PER_SQUARE_FOOT);
    expect(toSquareMetres({ value: 12, unit: 'm2' })).toBe(12);
  });

  it('rates areas measured in ft² after conversion', () => {
    const justEnough = facility(someMeasurements({ units: [aUnit({ area: { value: 366, unit: 'ft2' } })] }));
    expect(justEnough.value).toBeCloseTo(3.40025, 5);
    expect(justEnough.state).toBe('green');
    const tooSmall = facility(someMeasurements({ units: [aUnit({ area: { value: 360, unit: 'ft2' } })] }));
    expect(tooSmall.value).toBeCloseTo(3.34451, 5);
    expect(tooSmall.state).toBe('red');
  });

  it('counts a value within rounding of the limit as meeting it', () => {
    expect(rateValue(3.4 - 1e-12, icrc.thresholds.floor_space_dormitory, 'higher')).toBe('green');
    expect(rateValue(25 + 1e-12, icrc.thresholds.people_per_toilet, 'lower')).toBe('green');
  });
});

describe('edge cases', () => {
  it('calls a zero area with people inside unknown, not a red 0 m²', () => {
    const floor = facility(someMeasurements({ units: [aUnit({ area: { value: 0, unit: 'm2' } })] }));
    expect(floor).toMatchObject({ state: 'unknown', value: null, reason: 'zero-area', unitsUnknown: 1 });
  });

  it('calls an empty room not applicable, whatever its area', () => {
    const empty = aUnit({ area: { value: 0, unit: 'm2' }, peoplePresent: 0 });
    const floor = facility(someMeasurements({ units: [empty] }));
    expect(floor).toMatchObject({ state: 'not_applicable', value: null, reason: 'nobody-present' });
    expect(Number.isFinite(floor.value ?? 0)).toBe(true);
  });

  it('divides by nobody nowhere when no one is present', () => {
    const report = computeIndicators(someMeasurements({ units: [aUnit({ peoplePresent: 0 })], facility: { peoplePresent: 0 } }), icrc);
    for (const id of ['drinking_water', 'people_per_toilet', 'people_per_shower'] as const) {
      expect(result(report, id)).toMatchObject({ state: 'not_applicable', value: null, reason: 'nobody-present' });
    }
    expect(result(report, 'occupancy')).toMatchObject({ state: 'green', value: 0 });
    expect(result(report, 'outdoor_hours').state).toBe('not_applicable');
    for (const r of report.facility) expect(r.value === null || Number.isFinite(r.value)).toBe(true);
  });

  it('makes every indicator unknown, never green, when nothing was measured', () => {
    const report = computeIndicators(EMPTY_MEASUREMENTS, icrc);
    expect(report.facility.map((r) => r.state)).toEqual(INDICATOR_IDS.map(() => 'unknown'));
    expect(report.facility.every((r) => r.value === null && r.reason === 'not-measured')).toBe(true);
  });

  it('lets one unmeasured unit turn a green facility unknown, but not hide a red one', () => {
    const unmeasured = aUnit({ id: 'dorm-x', area: undefined });
    expect(facility(someMeasurements({ units: [aUnit(), unmeasured] })).state).toBe('unknown');
    const red = aUnit({ id: 'dorm-b', area: { value: 20, unit: 'm2' } });
    expect(facility(someMeasurements({ units: [red, unmeasured] }))).toMatchObject({ state: 'red', unitsUnknown: 1 });
  });

  it('takes the facility head count when given, else the units’ sum, else unknown', () => {
    const noCount = aUnit({ id: 'dorm-b', peoplePresent: undefined });
    const unknown = computeIndicators(someMeasurements({ units: [aUnit(), noCount] }), icrc);
    expect(result(unknown, 'drinking_water').state).toBe('unknown');
    expect(result(unknown, 'occupancy').state).toBe('unknown');
    const counted = computeIndicators(someMeasurements({ units: [aUnit(), noCount], facility: { peoplePresent: 20 } }), icrc);
    expect(result(counted, 'drinking_water').value).toBe(3);
    expect(result(counted, 'occupancy').value).toBeCloseTo((20 / 12) * 100);
  });

  it('adds fixtures and water recorded per unit to the shared ones', () => {
    const units = [aUnit({ workingToilets: 1, drinkingWaterLitresPerDay: 20 }), aUnit({ id: 'dorm-b' })];
    const report = computeIndicators(someMeasurements({ units, facility: { workingToilets: 1 } }), icrc);
    expect(result(report, 'people_per_toilet').value).toBe(10);
    expect(result(report, 'drinking_water').value).toBe(4);
  });

  it('rates people but no working toilet red with no finite figure', () => {
    const toilets = facility(someMeasurements({ facility: { workingToilets: 0 } }), icrc, 'people_per_toilet');
    expect(toilets).toMatchObject({ state: 'red', value: null, reason: 'no-working-fixture' });
  });

  it('calls occupancy unknown when the official capacity is zero', () => {
    const occupancy = facility(someMeasurements({ facility: { officialCapacity: 0 } }), icrc, 'occupancy');
    expect(occupancy).toMatchObject({ state: 'unknown', reason: 'no-capacity' });
  });
});

describe('the amber rule', () => {
  it('makes 3–5 L of drinking water amber, under 3 L red', () => {
    expect(facility(someMeasurements({ facility: { drinkingWaterLitresPerDay: 40 } }), icrc, 'drinking_water').state).toBe('amber');
    expect(facility(someMeasurements({ facility: { drinkingWaterLitresPerDay: 30 } }), icrc, 'drinking_water').state).toBe('amber');
    expect(facility(someMeasurements({ facility: { drinkingWaterLitresPerDay: 29 } }), icrc, 'drinking_water').state).toBe('red');
  });

  it('makes toilet and shower ratios amber between the standard and the emergency minimum', () => {
    const people = (n: number) => someMeasurements({ facility: { peoplePresent: n } });
    expect(facility(people(40), icrc, 'people_per_toilet').state).toBe('amber');
    expect(facility(people(51), icrc, 'people_per_toilet').state).toBe('red');
    expect(facility(people(80), icrc, 'people_per_shower').state).toBe('amber');
    expect(facility(people(101), icrc, 'people_per_shower').state).toBe('red');
  });

  it('has no amber band where the source gives one figure only', () => {
    expect(icrc.thresholds.floor_space_dormitory.amberLimit).toBeUndefined();
    expect(icrc.thresholds.occupancy.amberLimit).toBeUndefined();
    expect(facility(someMeasurements({ facility: { officialCapacity: 9 } }), icrc, 'occupancy').state).toBe('red');
  });

  it('rates meals per day against the placeholder figure, marked to verify', () => {
    const meals = facility(someMeasurements({ facility: { mealsPerDay: 2 } }), icrc, 'meals_per_day');
    expect(meals.state).toBe('amber');
    expect(meals.threshold.toVerify).toBe(true);
  });
});

describe('time outdoors', () => {
  it('takes the least time outdoors of any occupied unit, a unit’s own figure first', () => {
    const segregation = aUnit({ id: 'seg', kind: 'single_cell', peoplePresent: 1, outdoorHoursPerDay: 0.5 });
    const outdoor = facility(someMeasurements({ units: [aUnit(), segregation] }), icrc, 'outdoor_hours');
    expect(outdoor).toMatchObject({ state: 'red', value: 0.5, unitId: 'seg' });
    const empty = aUnit({ id: 'seg', peoplePresent: 0, outdoorHoursPerDay: 0 });
    expect(facility(someMeasurements({ units: [aUnit(), empty] }), icrc, 'outdoor_hours').state).toBe('green');
  });

  it('uses the facility figure when no unit was measured', () => {
    const outdoor = facility({ units: [], facility: { outdoorHoursPerDay: 1 } }, icrc, 'outdoor_hours');
    expect(outdoor).toMatchObject({ state: 'green', value: 1 });
  });
});

describe('combineStates', () => {
  it('puts red first, then unknown, amber, green; ignores not applicable', () => {
    expect(combineStates(['green', 'amber', 'red', 'unknown'])).toBe('red');
    expect(combineStates(['green', 'amber', 'unknown'])).toBe('unknown');
    expect(combineStates(['green', 'amber', 'not_applicable'])).toBe('amber');
    expect(combineStates(['not_applicable', 'not_applicable'])).toBe('not_applicable');
    expect(combineStates([])).toBe('unknown');
  });
});
