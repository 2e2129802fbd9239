/**
 * Subject → the events about it, for timelines (which then fetch the events themselves
 * from the pages), and event counts per type. The subject map is split into buckets by a
 * hash of the subject, so one new event copies one small bucket, not a map of every
 * subject; refs are kept sorted by (ledger, seq) so their order never depends on how
 * ledgers were interleaved.
 */
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { Projection } from './types';

/** An event's place: ledger and seq. */
export type EventRef = readonly [ledger: string, seq: number];

export type EventIndexState = {
  buckets: readonly ReadonlyMap<string, readonly EventRef[]>[];
  countsByType: ReadonlyMap<string, number>;
  total: number;
};

const BUCKET_COUNT = 256;

function bucketOf(subject: string): number {
  // FNV-1a: cheap, stable across runs and platforms, spreads UUIDs evenly.
  let hash = 0x811c9dc5;
  for (let i = 0; i < subject.length; i++) hash = Math.imul(hash ^ subject.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BUCKET_COUNT;
}

function compareRefs(a: EventRef, b: EventRef): number {
  return a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1;
}

/** The refs with one more, in order. Usually it goes last, so look from the end. */
function withRef(refs: readonly EventRef[], ref: EventRef): EventRef[] {
  let at = refs.length;
  while (at > 0 && compareRefs(refs[at - 1] ?? ref, ref) > 0) at -= 1;
  return [...refs.slice(0, at), ref, ...refs.slice(at)];
}

function applyMany(state: EventIndexState, events: readonly LedgerEvent[]): EventIndexState {
  if (events.length === 0) return state;
  const buckets = [...state.buckets];
  const copied = new Set<number>();
  const counts = new Map(state.countsByType);
  for (const event of events) {
    const index = bucketOf(event.subject);
    if (!copied.has(index)) {
      buckets[index] = new Map(buckets[index]);
      copied.add(index);
    }
    const bucket = buckets[index] as Map<string, readonly EventRef[]>;
    bucket.set(event.subject, withRef(bucket.get(event.subject) ?? [], [event.ledger, event.seq]));
    counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  }
  return { buckets, countsByType: counts, total: state.total + events.length };
}

type SerializedIndex = { counts: [string, number][]; total: number };
type SerializedBucket = [bucket: number, subjects: [string, EventRef[]][]];

export const eventIndexProjection: Projection<EventIndexState> = {
  name: 'eventIndex',
  version: 1,
  initial: () => ({ buckets: Array.from({ length: BUCKET_COUNT }, () => new Map()), countsByType: new Map(), total: 0 }),
  apply: (state, event) => applyMany(state, [event]),
  applyMany,
  serialize: (state) => [
    { counts: [...state.countsByType], total: state.total },
    ...state.buckets.map((bucket, index): SerializedBucket => [index, [...bucket].map(([subject, refs]) => [subject, [...refs]])]),
  ],
  deserialize: (parts) => {
    const [head, ...rest] = parts as [SerializedIndex, ...SerializedBucket[]];
    const buckets = Array.from({ length: BUCKET_COUNT }, () => new Map<string, readonly EventRef[]>());
    for (const [index, subjects] of rest) buckets[index] = new Map(subjects);
    return { buckets, countsByType: new Map(head.counts), total: head.total };
  },
};

/** The events about a subject, by (ledger, seq). */
export function eventsAbout(state: EventIndexState, subject: string): readonly EventRef[] {
  return state.buckets[bucketOf(subject)]?.get(subject) ?? [];
}
