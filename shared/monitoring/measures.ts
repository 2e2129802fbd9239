/**
 * One facility's figures at a moment or over a span, each from the module that owns it:
 * corrective actions as they stood then (an action closed later was still open), the
 * inspections of the span and the latest one's scores and measured indicators, the
 * disappearance alerts about events of the span, and how old the newest bundle was.
 * Nothing here decides anything: these are the observations a comparison rests on.
 */
import type { BundleHistory } from '../exchange/history';
import type { ActionRecord, ActionsState } from '../inspection/actionsProjection';
import { localDate } from '../inspection/actionViews';
import type { IndicatorId } from '../inspection/indicatorDefinitions';
import { INDICATOR_IDS } from '../inspection/indicatorDefinitions';
import { computeIndicators, facilityResult } from '../inspection/indicators';
import type { InspectionsState } from '../inspection/inspectionsProjection';
import { datedInspection, inspectionsOfFacility } from '../inspection/inspectionsProjection';
import { scoreInspection } from '../inspection/scoring';
import type { OversightAlert } from '../oversight/alerts';

const DAY_MS = 86_400_000;

/** Corrective actions open at a moment, and those of them past their due day. */
export type ActionsAt = { readonly open: number; readonly overdue: number };

/** The due day an action had at `asOfMs`: the opening's, replaced by each earlier update that set one. */
function dueDateAt(record: ActionRecord, asOfMs: number): string | undefined {
  let dueDate = record.opened?.payload.dueDate;
  for (const update of record.updates) {
    if (Date.parse(update.meta.occurredAt) >= asOfMs) break;
    dueDate = update.payload.dueDate ?? dueDate;
  }
  return dueDate;
}

/**
 * A facility's actions as they stood at `asOfMs`; due days end at midnight where the
 * facility is. Events up to `untilMs` count (for a period not over yet, its end, so an
 * action opened in the last seconds is not missed).
 */
export function actionsAt(state: ActionsState, facilityCode: string, asOfMs: number, timeZone: string, untilMs = asOfMs): ActionsAt {
  const today = localDate(new Date(asOfMs), timeZone);
  let open = 0;
  let overdue = 0;
  for (const record of state.byId.values()) {
    const { opened } = record;
    if (opened?.payload.facility.code !== facilityCode || Date.parse(opened.meta.occurredAt) >= untilMs) continue;
    if (record.closures.some((closure) => Date.parse(closure.meta.occurredAt) < untilMs)) continue;
    open += 1;
    const dueDate = dueDateAt(record, untilMs);
    if (dueDate !== undefined && dueDate < today) overdue += 1;
  }
  return { open, overdue };
}

/** Indicator values, null where not measured or not computable. */
export type IndicatorValues = Readonly<Record<IndicatorId, number | null>>;

/** The inspections of a span: how many, and the latest's overall score (0–1) and indicator values. */
export type InspectionFigures = {
  readonly count: number;
  /** Null when nothing was scored, or no inspection's checklist is held here. */
  readonly score: number | null;
  /** Undefined when no inspection of the span took place. */
  readonly indicators: IndicatorValues | undefined;
};

/** No value for any indicator. */
export function noIndicatorValues(): Record<IndicatorId, number | null> {
  return Object.fromEntries(INDICATOR_IDS.map((id) => [id, null])) as Record<IndicatorId, number | null>;
}

/** The inspections of a facility (by code) between two instants (end excluded). */
export function inspectionsIn(state: InspectionsState, facilityCode: string, startMs: number, endMs: number): InspectionFigures {
  const within = inspectionsOfFacility(state, facilityCode).filter((record) => {
    const ms = Date.parse(record.meta.occurredAt);
    return ms >= startMs && ms < endMs;
  });
  const latest = within.at(-1);
  if (latest === undefined) return { count: 0, score: null, indicators: undefined };
  const report = computeIndicators(latest.payload.measurements, latest.payload.profile);
  const indicators = noIndicatorValues();
  for (const id of INDICATOR_IDS) indicators[id] = facilityResult(report, id)?.value ?? null;
  const dated = datedInspection(state, latest);
  const score = dated === undefined ? null : scoreInspection(dated.template, dated.answers).overall.score;
  return { count: within.length, score, indicators };
}

/** Alerts about events of a span, all and critical ones. */
export type AlertCounts = { readonly total: number; readonly critical: number };

/** The alerts of a facility (by ledger) whose event happened between two instants (end excluded). */
export function alertsIn(alerts: readonly OversightAlert[], ledger: string, startMs: number, endMs: number): AlertCounts {
  let total = 0;
  let critical = 0;
  for (const alert of alerts) {
    if (alert.ledger !== ledger || alert.occurredMs < startMs || alert.occurredMs >= endMs) continue;
    total += 1;
    if (alert.severity === 'critical') critical += 1;
  }
  return { total, critical };
}

/**
 * Whole days from the last bundle received here carrying the ledger's events (relayed
 * ones included) to `asOfMs`; undefined if none had arrived. Bundles received before
 * `untilMs` count (for a period not over yet, its end).
 */
export function bundleAgeAt(history: BundleHistory, ledger: string, asOfMs: number, untilMs = asOfMs): number | undefined {
  let lastMs: number | undefined;
  for (const entry of history.imports) {
    const ms = Date.parse(entry.stamp.at);
    if (ms >= untilMs || !entry.segments.some((segment) => segment.ledger === ledger)) continue;
    if (lastMs === undefined || ms > lastMs) lastMs = ms;
  }
  return lastMs === undefined ? undefined : Math.max(0, Math.floor((asOfMs - lastMs) / DAY_MS));
}
