import { useMemo } from 'react';
import type { InspectionRecord } from '@shared/inspection/inspectionsProjection';
import { datedInspection } from '@shared/inspection/inspectionsProjection';
import type { InspectionSummary } from '@shared/inspection/summary';
import { summarizeInspection } from '@shared/inspection/summary';
import type { Template } from '@shared/inspection/template';
import { useInspectionsState } from '../queries';

/** A finished inspection with its summary; no summary when its template is not held here. */
export type HistoryRow = { record: InspectionRecord; template?: Template; summary?: InspectionSummary };

export function useHistoryRows(records: readonly InspectionRecord[]): HistoryRow[] {
  const state = useInspectionsState();
  return useMemo(
    () =>
      records.map((record) => {
        const dated = datedInspection(state, record);
        return dated === undefined ? { record } : { record, template: dated.template, summary: summarizeInspection(dated) };
      }),
    [state, records],
  );
}
