/**
 * What an inspector measures, per room or unit and for the facility as a whole. Every
 * field is optional: an unmeasured value makes its indicator `unknown`, never green.
 * Areas keep the unit they were measured in (m² or ft²) and are converted when computed,
 * so the record shows what was actually read off the tape.
 */
import { z } from 'zod';
import { textSchema } from '../ledger/envelope';
import { templateIdSchema } from './template';

/** Units an area may be measured in. */
export const AREA_UNITS = ['m2', 'ft2'] as const;
/** One of AREA_UNITS. */
export type AreaUnit = (typeof AREA_UNITS)[number];
/** Exact size of one square foot in square metres (0.3048 m squared). */
export const SQUARE_METRES_PER_SQUARE_FOOT = 0.09290304;

/** Kinds of accommodation with their own floor-space standard. */
export const UNIT_KINDS = ['dormitory', 'single_cell'] as const;
/** One of UNIT_KINDS. */
export type UnitKind = (typeof UNIT_KINDS)[number];

/** Largest area of one unit accepted, in the unit given (a sports hall in ft² stays under it). */
export const MAX_AREA = 1_000_000;
/** Largest head count, capacity or fixture count accepted. */
export const MAX_COUNT = 1_000_000;
/** Largest daily water volume accepted, in litres. */
export const MAX_LITRES_PER_DAY = 100_000_000;
/** Most units in one inspection. */
export const MAX_UNITS = 1000;
/** Longest unit label. */
export const UNIT_LABEL_MAX_CHARS = 100;
/** Most meals a day accepted. */
export const MAX_MEALS_PER_DAY = 12;
const HOURS_PER_DAY = 24;

const count = z.number().int().min(0).max(MAX_COUNT);
const litresPerDay = z.number().min(0).max(MAX_LITRES_PER_DAY);
const hoursPerDay = z.number().min(0).max(HOURS_PER_DAY);

/** A floor area with its unit. */
export const areaSchema = z.strictObject({ value: z.number().min(0).max(MAX_AREA), unit: z.enum(AREA_UNITS) });
/** A floor area with its unit. */
export type Area = z.infer<typeof areaSchema>;

/** Measurements of one room or unit. Fixtures and water counted here add to the facility totals. */
export const unitMeasurementSchema = z.strictObject({
  id: templateIdSchema,
  label: textSchema(UNIT_LABEL_MAX_CHARS),
  kind: z.enum(UNIT_KINDS),
  area: areaSchema.optional(),
  peoplePresent: count.optional(),
  officialCapacity: count.optional(),
  workingToilets: count.optional(),
  workingShowers: count.optional(),
  drinkingWaterLitresPerDay: litresPerDay.optional(),
  /** Overrides the facility's figure for this unit (segregation units often get less). */
  outdoorHoursPerDay: hoursPerDay.optional(),
});
/** Measurements of one room or unit. */
export type UnitMeasurement = z.infer<typeof unitMeasurementSchema>;

/**
 * Facility-wide figures. `peoplePresent` and `officialCapacity`, when given, are the
 * facility's own totals and win over the sum of the units (not every unit may be
 * measured). Toilets, showers and water given here are shared ones, added to the units'.
 */
export const facilityMeasurementSchema = z.strictObject({
  peoplePresent: count.optional(),
  officialCapacity: count.optional(),
  workingToilets: count.optional(),
  workingShowers: count.optional(),
  drinkingWaterLitresPerDay: litresPerDay.optional(),
  outdoorHoursPerDay: hoursPerDay.optional(),
  mealsPerDay: z.number().int().min(0).max(MAX_MEALS_PER_DAY).optional(),
});
/** Facility-wide figures. */
export type FacilityMeasurement = z.infer<typeof facilityMeasurementSchema>;

/** All measurements of one inspection; unit ids are unique. */
export const measurementsSchema = z
  .strictObject({
    units: z.array(unitMeasurementSchema).max(MAX_UNITS),
    facility: facilityMeasurementSchema,
  })
  .refine((measurements) => new Set(measurements.units.map((unit) => unit.id)).size === measurements.units.length, {
    message: 'unit ids must be unique',
    path: ['units'],
  });
/** All measurements of one inspection. */
export type Measurements = z.infer<typeof measurementsSchema>;

/** No measurements at all: every indicator is then `unknown`. */
export const EMPTY_MEASUREMENTS: Measurements = { units: [], facility: {} };

/** The area in square metres. */
export function toSquareMetres(area: Area): number {
  return area.unit === 'm2' ? area.value : area.value * SQUARE_METRES_PER_SQUARE_FOOT;
}
