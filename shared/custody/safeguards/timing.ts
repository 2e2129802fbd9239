/**
 * The shared shape of a timed duty: a start, a limit, and whether (and when) it was done.
 * Not done and within the limit is due; past it is overdue; done late is overdue too (the
 * breach happened). A duty the facility no longer owes because custody ended before its
 * limit is not applicable. An unknown start makes the outcome unknown, unless even the
 * latest possible start (the admission) already shows a breach.
 */
import type { JsonValue } from '../../crypto/canonicalJson';
import type { CustodyEventType } from '../eventTypes';
import type { Known } from '../known';
import { valueOf } from '../known';
import type { CustodyRecord, TimelineEntry } from '../projection/types';
import { addThreshold } from './profiles';
import type { SafeguardNote, SafeguardResult, SafeguardRuleId, SafeguardState, Threshold } from './types';

/** What a rule's check receives. */
export type RuleContext = {
  readonly ruleId: SafeguardRuleId;
  readonly record: CustodyRecord;
  /** The record's effective (not voided) events by type, each list in the order they happened. */
  readonly byType: ReadonlyMap<CustodyEventType, readonly TimelineEntry[]>;
  readonly nowMs: number;
  readonly threshold: Threshold;
};

/** A completed duty: when, on what evidence. */
export type Done = { readonly ms: number; readonly evidence: readonly string[]; readonly notes?: readonly SafeguardNote[] };

/** A timed duty to evaluate. */
export type TimedDuty = {
  readonly startMs: number | undefined;
  /** The admission field the start comes from, reported as missing when it is unknown. */
  readonly startField: string;
  readonly startEvidence: readonly string[];
  /** A start no earlier than the real one (the admission for an unknown arrest time). */
  readonly latestStartMs?: number;
  readonly done: Done | undefined;
  /** Stop counting when custody ended (duties owed only while the person is held). */
  readonly endsWithCustody: boolean;
};

/** The instant of a Known instant fact, if it holds one. */
export function knownMs(value: JsonValue | undefined): number | undefined {
  const at = valueOf(value as Known<string> | undefined);
  const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  return Number.isNaN(ms) ? undefined : ms;
}

const NONE: readonly TimelineEntry[] = [];

/** Effective entries of the given types, in the order they happened. */
export function entriesOf(ctx: RuleContext, ...types: readonly CustodyEventType[]): readonly TimelineEntry[] {
  if (types.length === 1) return ctx.byType.get(types[0] ?? 'custody.admitted') ?? NONE;
  const lists = types.map((type) => ctx.byType.get(type) ?? NONE);
  return lists.flat().sort((a, b) => a.occurredMs - b.occurredMs || a.seq - b.seq);
}

/** Entries grouped by type, keeping their order. */
export function indexByType(entries: readonly TimelineEntry[]): Map<CustodyEventType, TimelineEntry[]> {
  const byType = new Map<CustodyEventType, TimelineEntry[]>();
  for (const entry of entries) {
    const list = byType.get(entry.type);
    if (list === undefined) byType.set(entry.type, [entry]);
    else list.push(entry);
  }
  return byType;
}

/** A result with no optional parts unless given. */
export function outcome(
  ctx: RuleContext,
  state: SafeguardState,
  parts: Omit<SafeguardResult, 'ruleId' | 'state'> = { evidence: [] },
): SafeguardResult {
  return { ruleId: ctx.ruleId, state, ...parts };
}

function withKnownStart(ctx: RuleContext, duty: TimedDuty, startMs: number): SafeguardResult {
  const dueMs = addThreshold(startMs, ctx.threshold);
  const { done } = duty;
  const evidence = [...duty.startEvidence, ...(done?.evidence ?? [])];
  if (done !== undefined) {
    const notes = [...(done.notes ?? []), ...(done.ms > dueMs ? (['completed_late'] as const) : [])];
    const parts = { dueMs, doneMs: done.ms, evidence, ...(notes.length > 0 ? { notes } : {}) };
    return outcome(ctx, done.ms <= dueMs ? 'met' : 'overdue', parts);
  }
  const endMs = duty.endsWithCustody ? ctx.record.custodyEndMs : undefined;
  const evaluatedMs = endMs === undefined ? ctx.nowMs : Math.min(ctx.nowMs, endMs);
  if (evaluatedMs > dueMs) return outcome(ctx, 'overdue', { dueMs, evidence });
  if (endMs !== undefined) return outcome(ctx, 'not_applicable', { dueMs, evidence, notes: ['custody_ended'] });
  return outcome(ctx, 'due', { dueMs, evidence });
}

/** The outcome of a timed duty. */
export function evaluateTimed(ctx: RuleContext, duty: TimedDuty): SafeguardResult {
  if (duty.startMs !== undefined) return withKnownStart(ctx, duty, duty.startMs);
  const missing = [duty.startField];
  if (duty.latestStartMs !== undefined) {
    const bound = withKnownStart(ctx, duty, duty.latestStartMs);
    if (bound.state === 'overdue') return { ...bound, missing, notes: [...(bound.notes ?? []), 'start_from_admission'] };
  }
  const evidence = [...duty.startEvidence, ...(duty.done?.evidence ?? [])];
  if (duty.latestStartMs === undefined) return outcome(ctx, 'unknown', { evidence, missing });
  // The latest possible deadline: past it, the breach is certain whatever the real start was.
  return outcome(ctx, 'unknown', { dueMs: addThreshold(duty.latestStartMs, ctx.threshold), evidence, missing });
}

/** The first entry, if any, as a completed duty. */
export function doneBy(entry: TimelineEntry | undefined, notes?: readonly SafeguardNote[]): Done | undefined {
  if (entry === undefined) return undefined;
  return notes === undefined ? { ms: entry.occurredMs, evidence: [entry.id] } : { ms: entry.occurredMs, evidence: [entry.id], notes };
}
