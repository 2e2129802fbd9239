/**
 * Indicator states and how they combine. A value is rated against its threshold
 * (indicatorProfiles.ts explains the amber rule); a missing measurement is `unknown`,
 * never green, and "nobody there to measure" is `not_applicable`.
 */
import type { Better, IndicatorId } from './indicatorDefinitions';
import type { IndicatorThreshold } from './indicatorProfiles';

/** States of an indicator. */
export const INDICATOR_STATES = ['green', 'amber', 'red', 'unknown', 'not_applicable'] as const;
/** One of INDICATOR_STATES. */
export type IndicatorState = (typeof INDICATOR_STATES)[number];

/** Why a value is missing, unknown or not applicable. */
export const INDICATOR_REASONS = [
  'not-measured',
  'zero-area',
  'no-capacity',
  'nobody-present',
  'no-working-fixture',
  'no-units-of-kind',
] as const;
/** One of INDICATOR_REASONS. */
export type IndicatorReason = (typeof INDICATOR_REASONS)[number];

/** One computed indicator: the value, its state and the standard to show beside it. */
export type IndicatorResult = {
  readonly id: IndicatorId;
  /** In the indicator's unit; null when it cannot be computed. */
  readonly value: number | null;
  readonly state: IndicatorState;
  readonly threshold: IndicatorThreshold;
  readonly reason?: IndicatorReason;
  /** For a facility figure taken from one unit (the worst), that unit's id. */
  readonly unitId?: string;
  /** Floor space only: total area over total people, across the units measured. */
  readonly average?: number;
  /** How many units had a missing measurement. */
  readonly unitsUnknown?: number;
};

// Measured areas divided by head counts rarely land exactly on a figure such as 3.4;
// a value within this distance of a limit counts as meeting it.
const TOLERANCE = 1e-9;

/** Green, amber or red for a value against a threshold. */
export function rateValue(value: number, threshold: IndicatorThreshold, better: Better): 'green' | 'amber' | 'red' {
  const meets = (limit: number) => (better === 'higher' ? value >= limit - TOLERANCE : value <= limit + TOLERANCE);
  if (meets(threshold.target)) return 'green';
  if (threshold.amberLimit !== undefined && meets(threshold.amberLimit)) return 'amber';
  return 'red';
}

// Red first: a breach anywhere is a breach. Then unknown before amber and green: an
// unmeasured unit may hide a breach, so the facility cannot be called better than unknown.
const PRECEDENCE: readonly IndicatorState[] = ['red', 'unknown', 'amber', 'green'];

/**
 * The facility state from unit states: the first of red, unknown, amber, green present;
 * `not_applicable` units are ignored, and if all are, so is the whole.
 */
export function combineStates(states: readonly IndicatorState[]): IndicatorState {
  const found = PRECEDENCE.find((state) => states.includes(state));
  if (found !== undefined) return found;
  return states.length > 0 ? 'not_applicable' : 'unknown';
}

/** A result that could not be computed. */
export function noValue(
  id: IndicatorId,
  threshold: IndicatorThreshold,
  state: 'unknown' | 'not_applicable',
  reason: IndicatorReason,
): IndicatorResult {
  return { id, value: null, state, threshold, reason };
}

/** A result for a computed value. */
export function rated(id: IndicatorId, threshold: IndicatorThreshold, better: Better, value: number): IndicatorResult {
  return { id, value, state: rateValue(value, threshold, better), threshold };
}
