/**
 * Where the person is and whether they are still held, from the movement events of the
 * timeline in the order they happened.
 */
import type { JsonValue } from '../../crypto/canonicalJson';
import type { Separation } from '../events/common';
import { valueOf } from '../known';
import type { Known } from '../known';
import type { CustodyEventType } from '../eventTypes';
import type { CustodyLocation, CustodyStatus, TimelineEntry } from './types';
import { CLOSED_STATUSES } from './types';

/** Status after each movement event type. */
export const STATUS_AFTER: Readonly<Partial<Record<CustodyEventType, CustodyStatus>>> = {
  'custody.hospital_admitted': 'hospital',
  'custody.hospital_returned': 'in_custody',
  'custody.transferred_out': 'transferred',
  'custody.transferred_in': 'in_custody',
  'custody.released': 'released',
  'custody.escaped': 'escaped',
  'custody.died': 'deceased',
};

/** Status, since when, when custody ended and where the person is. */
export type StatusState = {
  readonly status: CustodyStatus;
  readonly statusSinceMs: number;
  readonly custodyEndMs: number | undefined;
  readonly location: CustodyLocation;
};

function text(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

function withoutMember(location: CustodyLocation, member: 'hospital' | 'destination'): CustodyLocation {
  return Object.fromEntries(Object.entries(location).filter(([key]) => key !== member)) as CustodyLocation;
}

type LocationStep = (location: CustodyLocation, facts: TimelineEntry['facts']) => CustodyLocation;

const LOCATION_STEPS: Readonly<Partial<Record<CustodyEventType, LocationStep>>> = {
  'custody.placement_changed': (location, facts) => {
    const separation = valueOf(facts.separation as Known<Separation> | undefined);
    return { place: location.place, placement: text(facts.placement), ...(separation ? { separation } : {}) };
  },
  'custody.hospital_admitted': (location, facts) => ({ ...location, hospital: text(facts.facility) ?? '' }),
  'custody.hospital_returned': (location) => withoutMember(location, 'hospital'),
  'custody.transferred_out': (location, facts) => ({ ...location, destination: text(facts.destination) ?? '' }),
  'custody.transferred_in': (location) => withoutMember(location, 'destination'),
};

function locationAfter(location: CustodyLocation, entry: TimelineEntry): CustodyLocation {
  const step = LOCATION_STEPS[entry.type];
  return step ? step(location, entry.facts) : location;
}

/** The status after the effective (not voided) entries, ordered by when they happened. */
export function statusOf(
  timeline: readonly TimelineEntry[],
  voidedIds: ReadonlySet<string>,
  admittedMs: number,
  initial: CustodyLocation,
): StatusState {
  let state: StatusState = { status: 'in_custody', statusSinceMs: admittedMs, custodyEndMs: undefined, location: initial };
  for (const entry of timeline) {
    if (voidedIds.has(entry.id)) continue;
    const location = locationAfter(state.location, entry);
    const status = STATUS_AFTER[entry.type];
    if (status === undefined) {
      if (location !== state.location) state = { ...state, location };
      continue;
    }
    const custodyEndMs = CLOSED_STATUSES.has(status) ? entry.occurredMs : undefined;
    state = { status, statusSinceMs: entry.occurredMs, custodyEndMs, location };
  }
  return state;
}
