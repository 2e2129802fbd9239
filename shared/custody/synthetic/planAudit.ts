/**
 * Corrections, voids and their confirmations in the synthetic facility: a few placement
 * corrections, identity corrections confirmed by a supervisor, a void confirmed by a
 * supervisor, and a few left waiting for confirmation.
 */
import type { AdmissionPayload } from '../events/admission';
import type { PlanContext, PlannedEvent } from './plan';
import { DAY_MS, HOUR_MS } from './time';

function correction(ms: number, path: string, from: unknown, to: unknown, reason: string, key?: string): PlannedEvent {
  return {
    occurredMs: ms,
    type: 'custody.corrected',
    role: 'registrar',
    ...(key === undefined ? {} : { key }),
    payload: (ref) => {
      const target = ref('admission');
      return target === undefined ? undefined : {
        targetEventId: target,
        path,
        from: from as never,
        to: to as never,
        reason,
      };
    },
  };
}

function confirmation(ms: number, key: string): PlannedEvent {
  return {
    occurredMs: ms,
    type: 'custody.confirmed',
    role: 'supervisor',
    payload: (ref) => {
      const target = ref(key);
      return target === undefined ? undefined : { targetEventId: target };
    },
  };
}

/** A letter entered on the wrong record is voided, and a supervisor confirms. */
function voidOfLetter(ms: number): PlannedEvent[] {
  const voiding: PlannedEvent = {
    occurredMs: ms,
    type: 'custody.voided',
    role: 'registrar',
    key: 'void',
    payload: (ref) => {
      const target = ref('letter');
      return target === undefined ? undefined : { targetEventId: target, reason: 'Entered on the wrong record' };
    },
  };
  return [voiding, confirmation(ms + DAY_MS, 'void')];
}

/** Audit events of one record. */
export function planAudit(ctx: PlanContext, admission: AdmissionPayload): PlannedEvent[] {
  const { rng, person } = ctx;
  const events: PlannedEvent[] = [];
  const base = person.admittedMs + rng.int(2, 48) * HOUR_MS;
  if (rng.chance(0.02)) {
    events.push(correction(
      base,
      'admission.placement',
      admission.admission.placement,
      { value: 'Block E, cell 3' },
      'Cell number misread on the admission form',
    ));
  }
  const latin = admission.identity.givenNamesLatin;
  if (rng.chance(0.005) && 'value' in latin) {
    events.push(correction(
      base + HOUR_MS,
      'identity.givenNamesLatin',
      latin,
      { value: `${latin.value}e` },
      'Spelling as on the identity card',
      'identity',
    ));
    if (rng.chance(0.8)) events.push(confirmation(base + 3 * HOUR_MS, 'identity'));
  }
  if (rng.chance(0.003)) events.push(...voidOfLetter(person.admittedMs + 40 * DAY_MS));
  return events;
}
