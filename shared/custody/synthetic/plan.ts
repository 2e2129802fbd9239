/**
 * Planned events of one synthetic detainee: what happens after admission and when. Each
 * planner returns events with their time; generateFacility orders and writes them.
 */
import type { JsonObject } from '../../crypto/canonicalJson';
import type { CustodyEventType } from '../eventTypes';
import type { SyntheticPerson, SyntheticSite, SyntheticStay } from './admission';
import type { Rng } from './prng';

/** Who writes an event in the synthetic facility. */
export const SYNTHETIC_ROLES = ['registrar', 'supervisor', 'medical'] as const;
/** One of SYNTHETIC_ROLES. */
export type SyntheticRole = (typeof SYNTHETIC_ROLES)[number];

/** Looks up the id of an earlier planned event by its key. */
export type RefLookup = (key: string) => string | undefined;

/** An event to write: when, what, by whom; `key` lets later events refer to its id. */
export type PlannedEvent = {
  readonly occurredMs: number;
  readonly type: CustodyEventType;
  readonly role: SyntheticRole;
  readonly key?: string;
  /** Returns undefined when a referenced event was not written (it fell after now or after exit). */
  readonly payload: (ref: RefLookup) => JsonObject | undefined;
};

/** What every planner reads. */
export type PlanContext = {
  readonly rng: Rng;
  readonly person: SyntheticPerson;
  readonly site: SyntheticSite;
  readonly nowMs: number;
  /** When custody here ends, if before now. */
  readonly exitMs: number | undefined;
  readonly at: (ms: number) => string;
  /** Set for a person moving within a network: the stay's arrival and departure. */
  readonly stay?: SyntheticStay;
  /** Where transfers outside the network go (default "Southern Remand Centre"). */
  readonly outsideDestination?: string;
};

/** A planned event whose payload refers to nothing. */
export function planned(
  occurredMs: number,
  type: CustodyEventType,
  payload: JsonObject,
  role: SyntheticRole = 'registrar',
  key?: string,
): PlannedEvent {
  return { occurredMs, type, role, payload: () => payload, ...(key === undefined ? {} : { key }) };
}

/** A Known value, new for each call (for values that differ per event). */
export function v<T>(value: T): { value: T } {
  return { value };
}

// A million events repeat the same few answers: fixed answers are shared, never copied.
// Drafts are never mutated (append copies the payload), so sharing is safe.
const FIXED = new Map<string | boolean, { value: string | boolean }>();

/** A Known holding a fixed text or flag, shared between events. */
export function k<T extends string | boolean>(value: T): { value: T } {
  let known = FIXED.get(value);
  if (known === undefined) {
    known = { value };
    FIXED.set(value, known);
  }
  return known as { value: T };
}

/** A Known without value. */
export const UNKNOWN = { unknown: 'unknown' } as const;
/** A Known that does not apply. */
export const NOT_APPLICABLE = { unknown: 'not_applicable' } as const;
