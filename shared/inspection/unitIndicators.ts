/**
 * Indicators of one room or unit: floor space per person (against the standard for its
 * kind), occupancy when the unit has its own capacity, and time outdoors.
 */
import type { IndicatorId } from './indicatorDefinitions';
import { INDICATOR_DEFINITIONS } from './indicatorDefinitions';
import type { IndicatorProfile } from './indicatorProfiles';
import type { IndicatorResult } from './indicatorStates';
import { noValue, rated } from './indicatorStates';
import type { FacilityMeasurement, UnitKind, UnitMeasurement } from './measurements';
import { toSquareMetres } from './measurements';

/** A unit's indicators. */
export type UnitIndicators = {
  readonly unitId: string;
  readonly label: string;
  readonly kind: UnitKind;
  readonly results: readonly IndicatorResult[];
};

/** The floor-space indicator that applies to a kind of unit. */
export function floorSpaceIndicatorOf(kind: UnitKind): IndicatorId {
  return kind === 'dormitory' ? 'floor_space_dormitory' : 'floor_space_single_cell';
}

/**
 * Floor space per person. Nobody present: not applicable (nothing to divide by). A zero
 * area with people inside is a recording error, so `unknown`, not a red 0 m² in a report.
 */
export function unitFloorSpace(unit: UnitMeasurement, profile: IndicatorProfile): IndicatorResult {
  const id = floorSpaceIndicatorOf(unit.kind);
  const threshold = profile.thresholds[id];
  if (unit.area === undefined || unit.peoplePresent === undefined) {
    return noValue(id, threshold, 'unknown', 'not-measured');
  }
  if (unit.peoplePresent === 0) return noValue(id, threshold, 'not_applicable', 'nobody-present');
  const squareMetres = toSquareMetres(unit.area);
  if (squareMetres <= 0) return noValue(id, threshold, 'unknown', 'zero-area');
  return { ...rated(id, threshold, 'higher', squareMetres / unit.peoplePresent), unitId: unit.id };
}

/** People present as a percentage of official capacity. */
export function occupancyOf(
  people: number | undefined,
  capacity: number | undefined,
  profile: IndicatorProfile,
): IndicatorResult {
  const threshold = profile.thresholds.occupancy;
  if (people === undefined || capacity === undefined) return noValue('occupancy', threshold, 'unknown', 'not-measured');
  if (capacity === 0) {
    return people === 0
      ? noValue('occupancy', threshold, 'not_applicable', 'nobody-present')
      : noValue('occupancy', threshold, 'unknown', 'no-capacity');
  }
  return rated('occupancy', threshold, INDICATOR_DEFINITIONS.occupancy.better, (people / capacity) * 100);
}

/** Hours outdoors in a unit: its own figure, else the facility's. */
export function unitOutdoorHours(
  unit: UnitMeasurement,
  facility: FacilityMeasurement,
  profile: IndicatorProfile,
): IndicatorResult {
  const threshold = profile.thresholds.outdoor_hours;
  if (unit.peoplePresent === 0) return noValue('outdoor_hours', threshold, 'not_applicable', 'nobody-present');
  const hours = unit.outdoorHoursPerDay ?? facility.outdoorHoursPerDay;
  if (hours === undefined) return noValue('outdoor_hours', threshold, 'unknown', 'not-measured');
  return { ...rated('outdoor_hours', threshold, 'higher', hours), unitId: unit.id };
}

/** All indicators of one unit. Occupancy only when the unit has its own capacity. */
export function indicatorsOfUnit(
  unit: UnitMeasurement,
  facility: FacilityMeasurement,
  profile: IndicatorProfile,
): UnitIndicators {
  const results = [unitFloorSpace(unit, profile)];
  if (unit.officialCapacity !== undefined) {
    results.push({ ...occupancyOf(unit.peoplePresent, unit.officialCapacity, profile), unitId: unit.id });
  }
  results.push(unitOutdoorHours(unit, facility, profile));
  return { unitId: unit.id, label: unit.label, kind: unit.kind, results };
}
