/**
 * Applying a record's applied corrections, in order, to the admission summary, the field
 * kinds and the kept facts of later events. A correction whose `from` differs from the
 * value it replaces is applied all the same (the later word counts) but marked stale, so
 * the UI can show that two people corrected one field concurrently.
 */
import type { JsonValue } from '../../crypto/canonicalJson';
import { OCCURRED_AT_PATH } from '../events/audit';
import { getAtPath, isPathWithin, jsonEqual, pathSegments, setAtPath } from '../jsonPath';
import { FACT_KEYS } from './facts';
import { correctFieldKinds, correctSummary, SUMMARY_PATHS } from './summary';
import type { AdmissionSummary, CorrectionView, TimelineEntry } from './types';

/** What the corrections produced. */
export type Corrected = {
  readonly summary: AdmissionSummary;
  readonly fieldKinds: string;
  readonly entries: readonly TimelineEntry[];
  /** Ids of applied corrections whose `from` did not match. */
  readonly staleIds: ReadonlySet<string>;
};

const NO_IDS: ReadonlySet<string> = new Set();

/** The value at a path as far as the summary can tell, or undefined if it does not hold it. */
function summaryValueAt(summary: AdmissionSummary, path: string): JsonValue | undefined {
  for (const kept of SUMMARY_PATHS) {
    if (kept === path) return summary[kept] ?? null;
    if (isPathWithin(path, kept)) return getAtPath(summary[kept], path.slice(kept.length + 1)) ?? null;
  }
  return undefined;
}

function correctEntry(entry: TimelineEntry, path: string, to: JsonValue): { entry: TimelineEntry; before: JsonValue | undefined } {
  if (path === OCCURRED_AT_PATH) {
    const ms = typeof to === 'string' ? Date.parse(to) : Number.NaN;
    const before = new Date(entry.occurredMs).toISOString();
    return { entry: Number.isNaN(ms) ? entry : { ...entry, occurredMs: ms }, before };
  }
  const [member = ''] = pathSegments(path);
  if (!(FACT_KEYS[entry.type] ?? []).includes(member)) return { entry, before: undefined };
  const before = getAtPath(entry.facts, path) ?? null;
  const facts = setAtPath({ ...entry.facts }, path, to);
  if (facts === undefined || typeof facts !== 'object' || facts === null || Array.isArray(facts)) return { entry, before };
  return { entry: { ...entry, facts }, before };
}

/** The corrected summary, kinds and entries. Corrections of fields the projection does not keep change nothing here. */
export function applyCorrections(
  admissionId: string,
  summary: AdmissionSummary,
  fieldKinds: string,
  entries: readonly TimelineEntry[],
  applied: readonly CorrectionView[],
): Corrected {
  if (applied.length === 0) return { summary, fieldKinds, entries, staleIds: NO_IDS };
  let currentSummary = summary;
  let currentKinds = fieldKinds;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const staleIds = new Set<string>();
  for (const correction of applied) {
    const { path = '', to = null, from = null } = correction;
    let before: JsonValue | undefined;
    if (correction.targetEventId === admissionId) {
      before = summaryValueAt(currentSummary, path);
      currentSummary = correctSummary(currentSummary, path, to);
      currentKinds = correctFieldKinds(currentKinds, path, to);
    } else {
      const entry = byId.get(correction.targetEventId);
      if (entry === undefined) continue;
      const result = correctEntry(entry, path, to);
      before = result.before;
      byId.set(entry.id, result.entry);
    }
    if (before !== undefined && !jsonEqual(before, from) && !(path === OCCURRED_AT_PATH && sameInstant(before, from))) {
      staleIds.add(correction.id);
    }
  }
  return { summary: currentSummary, fieldKinds: currentKinds, entries: [...byId.values()], staleIds };
}

function sameInstant(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  return typeof a === 'string' && typeof b === 'string' && Date.parse(a) === Date.parse(b);
}
