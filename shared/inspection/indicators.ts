/**
 * Measured indicators of domain.md §3.1, computed from an inspection's measurements
 * against a threshold profile. Per-unit figures (floor space, time outdoors) roll up to
 * the facility as the worst unit, so an overcrowded dormitory is never averaged away;
 * shared figures (occupancy, water, toilets, showers) are facility totals over people.
 *
 * Totals: the facility's own head count and capacity win when given; otherwise the units'
 * sum, and `unknown` if any unit lacks the figure. Toilets, showers and water are summed
 * over whatever was recorded (facility-level shared ones plus units'), so once any count
 * is recorded an uncounted unit adds nothing: the error can only make a figure look worse,
 * never better. `unknown` only when nothing was recorded at all.
 */
import type { IndicatorId } from './indicatorDefinitions';
import { INDICATOR_DEFINITIONS, INDICATOR_IDS } from './indicatorDefinitions';
import type { IndicatorProfile } from './indicatorProfiles';
import type { IndicatorResult } from './indicatorStates';
import { combineStates, noValue, rated } from './indicatorStates';
import type { Measurements, UnitKind } from './measurements';
import { toSquareMetres } from './measurements';
import type { UnitIndicators } from './unitIndicators';
import {
  floorSpaceIndicatorOf,
  indicatorsOfUnit,
  occupancyOf,
  unitFloorSpace,
  unitOutdoorHours,
} from './unitIndicators';

/** Every indicator of an inspection: facility figures in INDICATOR_IDS order, then per unit. */
export type IndicatorReport = {
  readonly profileId: string;
  readonly facility: readonly IndicatorResult[];
  readonly units: readonly UnitIndicators[];
};

/** A sum over values that must all be known; undefined if any is missing or there are none. */
function sumOfAll(values: readonly (number | undefined)[]): number | undefined {
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  return values.reduce<number>((sum, value) => sum + (value ?? 0), 0);
}

/** A sum over the values recorded; undefined only if none was. */
function sumOfRecorded(values: readonly (number | undefined)[]): number | undefined {
  const recorded = values.filter((value): value is number => value !== undefined);
  return recorded.length === 0 ? undefined : recorded.reduce((sum, value) => sum + value, 0);
}

/** The worst of several unit results, with the worst value measured and the unit it came from. */
function worstOf(id: IndicatorId, results: readonly IndicatorResult[], profile: IndicatorProfile): IndicatorResult {
  const threshold = profile.thresholds[id];
  const state = combineStates(results.map((result) => result.state));
  const measured = results.filter((result) => result.value !== null);
  const sign = INDICATOR_DEFINITIONS[id].better === 'higher' ? 1 : -1;
  const worst = measured.reduce<IndicatorResult | undefined>(
    (low, result) => (low === undefined || sign * (result.value ?? 0) < sign * (low.value ?? 0) ? result : low),
    undefined,
  );
  const unitsUnknown = results.filter((result) => result.state === 'unknown').length;
  const reason = worst === undefined ? results[0]?.reason : undefined;
  return {
    id,
    value: worst?.value ?? null,
    state,
    threshold,
    ...(worst?.unitId === undefined ? {} : { unitId: worst.unitId }),
    ...(reason === undefined ? {} : { reason }),
    unitsUnknown,
  };
}

function facilityFloorSpace(measurements: Measurements, kind: UnitKind, profile: IndicatorProfile): IndicatorResult {
  const id = floorSpaceIndicatorOf(kind);
  if (measurements.units.length === 0) return noValue(id, profile.thresholds[id], 'unknown', 'not-measured');
  const units = measurements.units.filter((unit) => unit.kind === kind);
  if (units.length === 0) return noValue(id, profile.thresholds[id], 'not_applicable', 'no-units-of-kind');
  const worst = worstOf(id, units.map((unit) => unitFloorSpace(unit, profile)), profile);
  const counted = units.filter((unit) => unit.area !== undefined && (unit.peoplePresent ?? 0) > 0);
  const area = counted.reduce((sum, unit) => sum + (unit.area ? toSquareMetres(unit.area) : 0), 0);
  const people = counted.reduce((sum, unit) => sum + (unit.peoplePresent ?? 0), 0);
  return people > 0 && area > 0 ? { ...worst, average: area / people } : worst;
}

function peoplePresent(measurements: Measurements): number | undefined {
  return measurements.facility.peoplePresent ?? sumOfAll(measurements.units.map((unit) => unit.peoplePresent));
}

/** Litres per person, or people per fixture. */
function perPerson(
  id: 'drinking_water' | 'people_per_toilet' | 'people_per_shower',
  people: number | undefined,
  amount: number | undefined,
  profile: IndicatorProfile,
): IndicatorResult {
  const threshold = profile.thresholds[id];
  if (people === undefined || amount === undefined) return noValue(id, threshold, 'unknown', 'not-measured');
  if (people === 0) return noValue(id, threshold, 'not_applicable', 'nobody-present');
  const better = INDICATOR_DEFINITIONS[id].better;
  if (id === 'drinking_water') return rated(id, threshold, better, amount / people);
  // People but no working fixture at all: as bad as it gets, with no finite figure to show.
  if (amount === 0) return { ...noValue(id, threshold, 'unknown', 'no-working-fixture'), state: 'red' };
  return rated(id, threshold, better, people / amount);
}

function facilityOutdoorHours(measurements: Measurements, profile: IndicatorProfile): IndicatorResult {
  const { facility, units } = measurements;
  const threshold = profile.thresholds.outdoor_hours;
  if (units.length === 0) {
    return facility.outdoorHoursPerDay === undefined
      ? noValue('outdoor_hours', threshold, 'unknown', 'not-measured')
      : rated('outdoor_hours', threshold, 'higher', facility.outdoorHoursPerDay);
  }
  return worstOf('outdoor_hours', units.map((unit) => unitOutdoorHours(unit, facility, profile)), profile);
}

function facilityIndicator(id: IndicatorId, measurements: Measurements, profile: IndicatorProfile): IndicatorResult {
  const { facility, units } = measurements;
  const people = peoplePresent(measurements);
  const recorded = (pick: (unit: Measurements['units'][number]) => number | undefined, shared: number | undefined) =>
    sumOfRecorded([shared, ...units.map(pick)]);
  switch (id) {
    case 'floor_space_dormitory':
      return facilityFloorSpace(measurements, 'dormitory', profile);
    case 'floor_space_single_cell':
      return facilityFloorSpace(measurements, 'single_cell', profile);
    case 'occupancy': {
      const capacity = facility.officialCapacity ?? sumOfAll(units.map((unit) => unit.officialCapacity));
      return occupancyOf(people, capacity, profile);
    }
    case 'drinking_water': {
      const litres = recorded((unit) => unit.drinkingWaterLitresPerDay, facility.drinkingWaterLitresPerDay);
      return perPerson(id, people, litres, profile);
    }
    case 'people_per_toilet':
      return perPerson(id, people, recorded((unit) => unit.workingToilets, facility.workingToilets), profile);
    case 'people_per_shower':
      return perPerson(id, people, recorded((unit) => unit.workingShowers, facility.workingShowers), profile);
    case 'outdoor_hours':
      return facilityOutdoorHours(measurements, profile);
    case 'meals_per_day':
      return facility.mealsPerDay === undefined
        ? noValue(id, profile.thresholds[id], 'unknown', 'not-measured')
        : rated(id, profile.thresholds[id], 'higher', facility.mealsPerDay);
  }
}

/** Every indicator for the measurements, against the profile. */
export function computeIndicators(measurements: Measurements, profile: IndicatorProfile): IndicatorReport {
  return {
    profileId: profile.id,
    facility: INDICATOR_IDS.map((id) => facilityIndicator(id, measurements, profile)),
    units: measurements.units.map((unit) => indicatorsOfUnit(unit, measurements.facility, profile)),
  };
}

/** One facility indicator from a report. */
export function facilityResult(report: IndicatorReport, id: IndicatorId): IndicatorResult | undefined {
  return report.facility.find((result) => result.id === id);
}
