/**
 * Reads of the monitoring screen. Everything is derived from projections already held in
 * memory (custody records of every ledger, facility profiles, partners, inspections,
 * actions and the bundle history) by the pure modules of shared/monitoring, memoised per
 * state and per minute, so the screen recomputes only when an event or a choice changed.
 */
import { useMemo } from 'react';
import { actionsProjection } from '@shared/inspection/actionsProjection';
import { inspectionsProjection } from '@shared/inspection/inspectionsProjection';
import type { Change } from '@shared/monitoring/changes';
import { compareSnapshots } from '@shared/monitoring/changes';
import type { ComparisonPeriods } from '@shared/monitoring/periods';
import { lengthsDiffer, monthsOf, spanOf } from '@shared/monitoring/periods';
import type { MonitoringSources, SeriesPoint, Snapshot } from '@shared/monitoring/snapshot';
import { monthlySeries, periodSnapshot } from '@shared/monitoring/snapshot';
import { cachedMovements, useCustodyRecords, useNow, useSafeguardProfile } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { useProjection } from '../../ledger';
import { useBundleHistory } from '../exchange';
import { useOversightAlerts, useOversightSettings } from '../oversight';
import { useFacilityChoices, usePartnersState } from '../partners';
import type { MonitoringSubject } from './subjects';
import { monitoringSubjects } from './subjects';

export function useMonitoringSubjects(): readonly MonitoringSubject[] {
  const facilities = useFacilityChoices();
  const partners = usePartnersState();
  return useMemo(() => monitoringSubjects(facilities, partners), [facilities, partners]);
}

/** What the figures come from, judged at the current minute. */
function useSources(): MonitoringSources {
  const records = useCustodyRecords();
  const inspections = useProjection(inspectionsProjection, (state) => state);
  const actions = useProjection(actionsProjection, (state) => state);
  const history = useBundleHistory();
  const profile = useSafeguardProfile();
  // The same alerts as the oversight screen, under the adviser's transfer window.
  const alerts = useOversightAlerts(useOversightSettings());
  const minute = Math.floor(useNow().getTime() / 60_000);
  const viewerTimeZone = useFormat().timeZone;
  return useMemo(() => {
    const now = new Date(minute * 60_000);
    return { records, inspections, actions, alerts, history, now, viewerTimeZone, profile, movementsOf: cachedMovements };
  }, [records, inspections, actions, alerts, history, profile, minute, viewerTimeZone]);
}

/** Both periods' figures, what changed, and the monthly series over both. */
export type MonitoringResult = {
  readonly baseline: Snapshot;
  readonly comparison: Snapshot;
  readonly changes: readonly Change[];
  readonly series: readonly SeriesPoint[];
};

/** The figures of a subject over two periods; recomputed only when a date, the subject or the data change. */
export function useMonitoring(subject: MonitoringSubject | undefined, chosen: ComparisonPeriods | undefined): MonitoringResult | undefined {
  const sources = useSources();
  const [baselineFrom, baselineTo] = [chosen?.baseline.from, chosen?.baseline.to];
  const [comparisonFrom, comparisonTo] = [chosen?.comparison.from, chosen?.comparison.to];
  return useMemo(() => {
    if (subject === undefined || subject.facilities.length === 0) return undefined;
    if (baselineFrom === undefined || baselineTo === undefined || comparisonFrom === undefined || comparisonTo === undefined) return undefined;
    const periods = { baseline: { from: baselineFrom, to: baselineTo }, comparison: { from: comparisonFrom, to: comparisonTo } };
    const baseline = periodSnapshot(subject.facilities, periods.baseline, sources);
    const comparison = periodSnapshot(subject.facilities, periods.comparison, sources);
    const changes = compareSnapshots(baseline, comparison, lengthsDiffer(periods.baseline, periods.comparison));
    return { baseline, comparison, changes, series: monthlySeries(subject.facilities, monthsOf(spanOf(periods)), sources) };
  }, [subject, baselineFrom, baselineTo, comparisonFrom, comparisonTo, sources]);
}
