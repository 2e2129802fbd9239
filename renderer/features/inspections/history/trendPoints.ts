import { useMemo } from 'react';
import type { InspectionCategory } from '@shared/inspection/categories';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import type { IndicatorState } from '@shared/inspection/indicatorStates';
import { scoreInspection } from '@shared/inspection/scoring';
import type { CategoryTrend, DatedInspection } from '@shared/inspection/trends';
import { categoryTrends, chronological, indicatorTrends } from '@shared/inspection/trends';
import { useTrendLabels } from './useTrendLabels';

export type ScorePoint = { key: string; date: string; overall: number | null; category: number | null };
export type IndicatorPoint = { key: string; date: string; value: number | null; target: number; state: IndicatorState };

const asPercent = (score: number | null) => (score === null ? null : Math.round(score * 100));

/** The category that scored lowest at the latest inspection: by default the one most worth following. */
export function lowestLatest(trends: readonly CategoryTrend[]): InspectionCategory | undefined {
  let lowest: { category: InspectionCategory; score: number } | undefined;
  for (const trend of trends) {
    const score = trend.points.at(-1)?.score;
    if (score !== null && score !== undefined && (lowest === undefined || score < lowest.score)) lowest = { category: trend.category, score };
  }
  return lowest?.category ?? trends[0]?.category;
}

export function useCategoryTrends(inspections: readonly DatedInspection[]): CategoryTrend[] {
  return useMemo(() => categoryTrends(inspections), [inspections]);
}

/** Per inspection, oldest first: the overall score and one category's, as percentages (null where not scored). */
export function useScorePoints(inspections: readonly DatedInspection[], trends: readonly CategoryTrend[], category: InspectionCategory | undefined): ScorePoint[] {
  const labels = useTrendLabels(inspections);
  return useMemo(() => {
    const trend = trends.find((candidate) => candidate.category === category);
    return chronological(inspections).map((inspection) => ({
      key: inspection.id,
      date: labels.get(inspection.id) ?? '',
      overall: asPercent(scoreInspection(inspection.template, inspection.answers).overall.score),
      category: asPercent(trend?.points.find((point) => point.inspectionId === inspection.id)?.score ?? null),
    }));
  }, [inspections, trends, category, labels]);
}

/** Per inspection, oldest first: one indicator's value, the standard it was held to then, and its state. */
export function useIndicatorPoints(inspections: readonly DatedInspection[], indicator: IndicatorId): IndicatorPoint[] {
  const labels = useTrendLabels(inspections);
  return useMemo(() => {
    const trend = indicatorTrends(inspections).find((candidate) => candidate.indicator === indicator);
    return (trend?.points ?? []).map((point) => ({
      key: point.inspectionId,
      date: labels.get(point.inspectionId) ?? '',
      value: point.value === null ? null : Math.round(point.value * 100) / 100,
      target: point.target,
      state: point.state,
    }));
  }, [inspections, indicator, labels]);
}

const AXIS_INTERVALS = 4;

/** A value axis from zero with about four round steps (1, 2, 2.5 or 5 times a power of ten) reaching past `highest`. */
export function niceAxis(highest: number): { max: number; ticks: number[] } {
  const top = highest > 0 ? highest * 1.15 : 1;
  const raw = top / AXIS_INTERVALS;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 2.5, 5, 10].find((factor) => factor * power >= raw) ?? 10) * power;
  const count = Math.ceil(top / step);
  // Rounded so that 3 × 0.2 reads 0.6 on the axis, not 0.6000000000000001.
  const ticks = Array.from({ length: count + 1 }, (_, index) => Math.round(step * index * 1e6) / 1e6);
  return { max: ticks.at(-1) ?? step * count, ticks };
}
