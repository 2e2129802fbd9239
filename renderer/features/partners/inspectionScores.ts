/** Scores of the inspections of a facility within a period, for the adviser report (shared/inspection). */
import { useMemo } from 'react';
import { datedInspection, inspectionsOfFacility, inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import { scoreInspection } from '@shared/inspection/scoring';
import { useProjection } from '../../ledger';

/** One inspection's date and overall score (0–1; null when nothing was scored, undefined when its checklist is not held here). */
export type InspectionScoreRow = { readonly id: string; readonly occurredAt: string; readonly inspector: string; readonly score: number | null | undefined };

/** The inspections of a facility (by code) that happened between two instants, oldest first. */
export function useInspectionScores(facilityCode: string, startMs: number, endMs: number): InspectionScoreRow[] {
  const state = useProjection(inspectionsProjection, (inspections) => inspections);
  return useMemo(
    () =>
      inspectionsOfFacility(state, facilityCode)
        .filter((record) => {
          const ms = Date.parse(record.meta.occurredAt);
          return ms >= startMs && ms < endMs;
        })
        .map((record) => {
          const dated = datedInspection(state, record);
          const score = dated === undefined ? undefined : scoreInspection(dated.template, dated.answers).overall.score;
          return { id: record.id, occurredAt: record.meta.occurredAt, inspector: record.payload.inspector.name, score };
        }),
    [state, facilityCode, startMs, endMs],
  );
}
