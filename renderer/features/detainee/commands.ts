/**
 * Writes from the detainee page: a later event, a correction, a void, a confirmation. Each
 * is one append through renderer/custody, validated against the record as it stands when
 * its turn comes; a refusal writes nothing and comes back as problems to show.
 */
import type { JsonObject, JsonValue } from '@shared/crypto/canonicalJson';
import { OCCURRED_AT_PATH } from '@shared/custody/events/audit';
import type { CustodyEventType } from '@shared/custody/eventTypes';
import { getAtPath } from '@shared/custody/jsonPath';
import type { EffectiveEvent } from '@shared/custody/projection/effective';
import type { ValidationProblem } from '@shared/custody/validation';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import type { Result } from '@shared/util/result';
import { recordCustodyEvent } from '../../custody';
import type { CustodyDraft } from '../../custody';
import type { Session } from '../../vault/session';

type Written = Promise<Result<LedgerEvent, ValidationProblem[]>>;

/** A later event as the form built it. */
export type LaterEventInput = {
  readonly recordId: string;
  readonly type: CustodyEventType;
  /** The instant the event happened, or the text typed when it is not one (validation names it). */
  readonly occurredAt: string;
  readonly payload: JsonObject;
};

/** Records a later event (its payload is checked against its schema by validation, not trusted here). */
export function recordLaterEvent(session: Session, input: LaterEventInput, clock: Clock = systemClock): Written {
  // The payload is whatever the form holds: validation refuses what the schema does not accept.
  const draft = { type: input.type, recordId: input.recordId, occurredAt: input.occurredAt, payload: input.payload } as CustodyDraft;
  return recordCustodyEvent(session, draft, clock);
}

/** A field of an event as it reads now, and what it should read. */
export type CorrectionInput = {
  readonly recordId: string;
  readonly targetEventId: string;
  /** The event as it reads now (effectiveEvent): `from` is taken from it. */
  readonly target: EffectiveEvent;
  readonly path: string;
  readonly to: JsonValue;
  readonly reason: string;
};

/** The value a correction replaces: what the author saw, so a concurrent change is detected. */
export function currentValueAt(target: EffectiveEvent, path: string): JsonValue {
  return path === OCCURRED_AT_PATH ? target.occurredAt : (getAtPath(target.payload, path) ?? null);
}

/** Records a correction (old → new, with a reason). */
export function correctField(session: Session, input: CorrectionInput, clock: Clock = systemClock): Written {
  const { target } = input;
  return recordCustodyEvent(
    session,
    {
      type: 'custody.corrected',
      recordId: input.recordId,
      occurredAt: clock.now().toISOString(),
      payload: { targetEventId: input.targetEventId, path: input.path, from: currentValueAt(target, input.path), to: input.to, reason: input.reason },
      target: { type: target.type, occurredAt: target.occurredAt, payload: target.payload },
    },
    clock,
  );
}

/** Records a void of an entry (or of a correction), with a reason; it counts once another user confirms it. */
export function voidEntry(session: Session, input: { recordId: string; targetEventId: string; reason: string }, clock: Clock = systemClock): Written {
  return recordCustodyEvent(
    session,
    {
      type: 'custody.voided',
      recordId: input.recordId,
      occurredAt: clock.now().toISOString(),
      payload: { targetEventId: input.targetEventId, reason: input.reason },
    },
    clock,
  );
}

/** Confirms another user's void or identity correction. */
export function confirmChange(session: Session, input: { recordId: string; eventId: string }, clock: Clock = systemClock): Written {
  return recordCustodyEvent(
    session,
    { type: 'custody.confirmed', recordId: input.recordId, occurredAt: clock.now().toISOString(), payload: { targetEventId: input.eventId } },
    clock,
  );
}
