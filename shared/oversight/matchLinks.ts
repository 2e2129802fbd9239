/**
 * Projection of advisers' decisions on pairs of custody records, and the links they make.
 * Decisions arrive from several advisers' ledgers in any order, so each pair keeps its
 * decisions sorted by when they were taken, then (ledger, seq): the last one stands, and
 * every arrival order gives one state. A withdrawal leaves the pair undecided. Confirmed
 * pairs are joined transitively: records of one person across facilities form one group.
 */
import type { LedgerEvent } from '../ledger/envelope';
import type { EventMeta } from '../inspection/eventMeta';
import { insertSorted, metaOf } from '../inspection/eventMeta';
import type { MatchEventType, MatchPayloads } from './matchEvents';
import { pairKey } from './matching';

/** One decision on a pair. */
export type MatchDecision = {
  readonly meta: EventMeta;
  readonly kind: 'confirmed' | 'rejected' | 'withdrawn';
  readonly records: readonly [string, string];
  readonly score?: number;
  readonly note?: string;
};

/** Decisions by pairKey, oldest first. */
export type MatchLinksState = { readonly byPair: ReadonlyMap<string, readonly MatchDecision[]> };

/** Bump when the state's shape or meaning changes, so old snapshots are rebuilt. */
export const MATCH_LINKS_PROJECTION_VERSION = 1;

const KINDS: Readonly<Record<MatchEventType, MatchDecision['kind']>> = {
  'person.match.confirmed': 'confirmed',
  'person.match.rejected': 'rejected',
  'person.match.withdrawn': 'withdrawn',
};

function isMatchEvent(type: string): type is MatchEventType {
  return type in KINDS;
}

function decisionOf(event: LedgerEvent & { type: MatchEventType }): MatchDecision {
  // Payloads were validated against their schema when appended and when imported.
  const payload = event.payload as MatchPayloads[MatchEventType];
  const score = 'score' in payload ? payload.score : undefined;
  return {
    meta: metaOf(event),
    kind: KINDS[event.type],
    records: payload.records,
    ...(score === undefined ? {} : { score }),
    ...(payload.note === undefined ? {} : { note: payload.note }),
  };
}

/** NOTE: mutates `byPair`. */
function addDecision(byPair: Map<string, readonly MatchDecision[]>, event: LedgerEvent): boolean {
  if (!isMatchEvent(event.type)) return false;
  const decision = decisionOf(event as LedgerEvent & { type: MatchEventType });
  const key = pairKey(decision.records[0], decision.records[1]);
  byPair.set(key, insertSorted(byPair.get(key) ?? [], decision));
  return true;
}

export function initialMatchLinksState(): MatchLinksState {
  return { byPair: new Map() };
}

/** Folds a batch, copying the map once. */
export function applyMatchEvents(state: MatchLinksState, events: readonly LedgerEvent[]): MatchLinksState {
  const byPair = new Map(state.byPair);
  let isChanged = false;
  for (const event of events) isChanged = addDecision(byPair, event) || isChanged;
  return isChanged ? { byPair } : state;
}

/** The state after one event; other event types leave it as it is (same object). */
export function applyMatchEvent(state: MatchLinksState, event: LedgerEvent): MatchLinksState {
  return isMatchEvent(event.type) ? applyMatchEvents(state, [event]) : state;
}

/** The projection, shaped as renderer Projection<MatchLinksState>. */
export const matchLinksProjection = {
  name: 'matchLinks',
  version: MATCH_LINKS_PROJECTION_VERSION,
  initial: initialMatchLinksState,
  apply: applyMatchEvent,
  applyMany: applyMatchEvents,
  serialize: (state: MatchLinksState): readonly unknown[] => [[...state.byPair.entries()]],
  deserialize: (parts: readonly unknown[]): MatchLinksState => {
    // Snapshots are sealed and written by serialize above; their shape is trusted.
    const entries = (parts[0] ?? []) as [string, MatchDecision[]][];
    return { byPair: new Map(entries) };
  },
} as const;

/** The decision standing on each decided pair (withdrawn pairs are left out: undecided again). */
export function standingDecisions(state: MatchLinksState): Map<string, MatchDecision> {
  const standing = new Map<string, MatchDecision>();
  for (const [key, decisions] of state.byPair) {
    const last = decisions.at(-1);
    if (last !== undefined && last.kind !== 'withdrawn') standing.set(key, last);
  }
  return standing;
}

function find(parent: Map<string, string>, id: string): string {
  let root = id;
  while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root) ?? root;
  parent.set(id, root);
  return root;
}

/**
 * Records linked to one person: each record of a confirmed pair, with every record
 * reachable through confirmed pairs (itself included), sorted by id.
 */
export function linkedGroups(state: MatchLinksState): Map<string, readonly string[]> {
  const parent = new Map<string, string>();
  for (const decision of standingDecisions(state).values()) {
    if (decision.kind !== 'confirmed') continue;
    const [a, b] = decision.records;
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const rootA = find(parent, a);
    const rootB = find(parent, b);
    if (rootA !== rootB) parent.set(rootA < rootB ? rootB : rootA, rootA < rootB ? rootA : rootB);
  }
  const members = new Map<string, string[]>();
  for (const id of parent.keys()) {
    const root = find(parent, id);
    members.set(root, [...(members.get(root) ?? []), id]);
  }
  const groups = new Map<string, readonly string[]>();
  for (const list of members.values()) {
    const sorted = [...list].sort();
    for (const id of sorted) groups.set(id, sorted);
  }
  return groups;
}
