/**
 * Episodes a later event can close: a hospital stay the person returns from, a solitary
 * confinement that ends. Only open ones are offered (started, not voided, not yet ended),
 * the same rule validation applies.
 */
import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { CustodyRecord, TimelineEntry } from '@shared/custody/projection/types';

/** The end event of each episode type and the member naming the start. */
const ENDS: Readonly<Partial<Record<CustodyEventType, readonly [CustodyEventType, string]>>> = {
  'custody.hospital_admitted': ['custody.hospital_returned', 'hospitalEventId'],
  'custody.solitary_started': ['custody.solitary_ended', 'startEventId'],
};

/** The open episodes of a type, oldest first. */
export function openEpisodes(record: CustodyRecord, startType: CustodyEventType): TimelineEntry[] {
  const end = ENDS[startType];
  const live = record.timeline.filter((entry) => !record.voidedEventIds.has(entry.id));
  const ended = new Set(end === undefined ? [] : live.filter((entry) => entry.type === end[0]).map((entry) => entry.facts[end[1]]));
  return live.filter((entry) => entry.type === startType && !ended.has(entry.id));
}
