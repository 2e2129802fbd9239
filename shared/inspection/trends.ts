/**
 * Time series for the trend charts: each category's score and each facility indicator's
 * value across a facility's inspections, oldest first. A category absent from an
 * inspection's template leaves a gap (no point) rather than a zero.
 */
import type { InspectionCategory } from './categories';
import { INSPECTION_CATEGORIES } from './categories';
import type { IndicatorId } from './indicatorDefinitions';
import { INDICATOR_IDS } from './indicatorDefinitions';
import { computeIndicators, facilityResult } from './indicators';
import type { IndicatorState } from './indicatorStates';
import { scoreInspection } from './scoring';
import type { InspectionInput } from './summary';

/** An inspection with its id and when it took place (ISO 8601 with offset). */
export type DatedInspection = InspectionInput & { readonly id: string; readonly occurredAt: string };

/** One point of a category trend. */
export type CategoryPoint = {
  readonly inspectionId: string;
  readonly occurredAt: string;
  readonly score: number | null;
  readonly coverage: number | null;
};
/** A category's scores over time. */
export type CategoryTrend = { readonly category: InspectionCategory; readonly points: readonly CategoryPoint[] };

/** One point of an indicator trend, with the target it was rated against then. */
export type IndicatorPoint = {
  readonly inspectionId: string;
  readonly occurredAt: string;
  readonly value: number | null;
  readonly state: IndicatorState;
  readonly target: number;
};
/** An indicator's values over time. */
export type IndicatorTrend = { readonly indicator: IndicatorId; readonly points: readonly IndicatorPoint[] };

/** The inspections oldest first; ties (same instant) by id, so the order never depends on input order. */
export function chronological<T extends { readonly id: string; readonly occurredAt: string }>(
  inspections: readonly T[],
): T[] {
  return [...inspections].sort(
    (a, b) => Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Each category found in any of the inspections, with one point per inspection whose template has it. */
export function categoryTrends(inspections: readonly DatedInspection[]): CategoryTrend[] {
  const series = new Map<InspectionCategory, CategoryPoint[]>();
  for (const inspection of chronological(inspections)) {
    const { id, occurredAt } = inspection;
    for (const score of scoreInspection(inspection.template, inspection.answers).categories) {
      const points = series.get(score.category) ?? [];
      points.push({ inspectionId: id, occurredAt, score: score.score, coverage: score.coverage });
      series.set(score.category, points);
    }
  }
  return INSPECTION_CATEGORIES.flatMap((category) => {
    const points = series.get(category);
    return points === undefined ? [] : [{ category, points }];
  });
}

/** Every facility indicator with one point per inspection (value null where it was not computable). */
export function indicatorTrends(inspections: readonly DatedInspection[]): IndicatorTrend[] {
  const reports = chronological(inspections).map((inspection) => ({
    inspection,
    report: computeIndicators(inspection.measurements, inspection.profile),
  }));
  return INDICATOR_IDS.map((indicator) => ({
    indicator,
    points: reports.map(({ inspection, report }) => {
      const result = facilityResult(report, indicator);
      return {
        inspectionId: inspection.id,
        occurredAt: inspection.occurredAt,
        value: result?.value ?? null,
        state: result?.state ?? 'unknown',
        target: inspection.profile.thresholds[indicator].target,
      };
    }),
  }));
}
