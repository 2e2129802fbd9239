/**
 * The form of every later custody event type (everything after the admission but the
 * audit types), in the order the "record an event" menu offers them.
 */
import type { CustodyEventType } from '@shared/custody/eventTypes';
import { ALLOWED_FROM } from '@shared/custody/validation/later';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { EventSpec } from './fieldTypes';
import { CARE_SPECS } from './specsCare';
import { LEGAL_SPECS } from './specsLegal';
import { MOVEMENT_SPECS } from './specsMovement';
import { REGIME_SPECS } from './specsRegime';

/** Every later event form. */
export const EVENT_SPECS: readonly EventSpec[] = [...CARE_SPECS, ...LEGAL_SPECS, ...REGIME_SPECS, ...MOVEMENT_SPECS];

const BY_TYPE: ReadonlyMap<CustodyEventType, EventSpec> = new Map(EVENT_SPECS.map((spec) => [spec.type, spec]));

/** The form of a later event type, or undefined for the admission and audit types. */
export function eventSpecOf(type: CustodyEventType): EventSpec | undefined {
  return BY_TYPE.get(type);
}

/**
 * The event forms a user may open on a record now: its status allows the event (a release
 * only from custody or hospital) and the user holds the capability it needs. A voided
 * admission takes no new events.
 */
export function offeredSpecs(record: CustodyRecord, holds: (capability: EventSpec['capability']) => boolean): EventSpec[] {
  if (record.isVoided) return [];
  return EVENT_SPECS.filter((spec) => {
    const allowed = ALLOWED_FROM[spec.type];
    return (allowed === undefined || allowed.includes(record.status)) && holds(spec.capability);
  });
}
