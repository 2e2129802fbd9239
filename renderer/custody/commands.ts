/**
 * Writes to the register. Every custody fact is one ledger event, validated by the pure
 * rules of shared/custody against the record as it stands when the append's turn comes
 * (LedgerSession.appendWith), so two quick writes cannot both pass a check that only one
 * of them may pass, and an admission's register number can never be taken twice.
 */
import type { CustodyState } from '@shared/custody/custodyProjection';
import { nextRegisterNumberFor, recordOf } from '@shared/custody/custodyProjection';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import type { CustodyPayloads, CustodyEventType } from '@shared/custody/eventTypes';
import type { CorrectionTarget, ValidationProblem } from '@shared/custody/validation';
import { validateCustodyDraft } from '@shared/custody/validation';
import { problem } from '@shared/custody/validation/problems';
import type { EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import type { Result } from '@shared/util/result';
import { err, ok } from '@shared/util/result';
import { facilityOf, facilityProjection } from '../ledger';
import type { ProjectionStates } from '../ledger';
import type { Session } from '../vault/session';
import { can } from '../vault/permissions';
import { authorOf, projectionState } from '../vault/session';
import { capabilityToWrite } from './permissions';
import { custodyProjection } from './projection';

/** Thrown inside an append to write nothing; caught below and returned as data. */
class RefusedDraft extends Error {
  constructor(readonly problems: ValidationProblem[]) {
    super('custody draft refused');
  }
}

/** A custody event to record about an existing record. */
export type CustodyDraft<T extends CustodyEventType = CustodyEventType> = {
  readonly type: T;
  readonly recordId: string;
  readonly occurredAt: string;
  readonly payload: CustodyPayloads[T];
  /** For a correction: the corrected event as it reads now (shared/custody effectiveEvent). */
  readonly target?: CorrectionTarget;
};

async function appendChecked(
  session: Session,
  build: (custody: CustodyState, states: ProjectionStates) => { draft: EventDraft; problems: ValidationProblem[] },
): Promise<Result<LedgerEvent, ValidationProblem[]>> {
  try {
    const event = await session.ledger.appendWith((states) => {
      const { draft, problems } = build(projectionState(states, custodyProjection), states);
      if (problems.length > 0) throw new RefusedDraft(problems);
      return draft;
    }, authorOf(session.user));
    return ok(event);
  } catch (error) {
    if (error instanceof RefusedDraft) return err(error.problems);
    throw error;
  }
}

/** Records an event about a custody record; nothing is written when a rule refuses it. */
export function recordCustodyEvent(
  session: Session,
  input: CustodyDraft,
  clock: Clock = systemClock,
): Promise<Result<LedgerEvent, ValidationProblem[]>> {
  return appendChecked(session, (custody) => {
    const draft: EventDraft = { type: input.type, subject: input.recordId, occurredAt: input.occurredAt, payload: input.payload };
    const record = recordOf(custody, input.recordId);
    if (!can(session.user.role, capabilityToWrite(draft, record))) return { draft, problems: [problem('not-permitted', 'type')] };
    const problems = validateCustodyDraft(draft, {
      now: clock.now(),
      authorId: session.user.id,
      ...(record === undefined ? {} : { record }),
      ...(input.target === undefined ? {} : { target: input.target }),
    });
    return { draft, problems };
  });
}

/** An admission as the form gives it: everything but the register number, assigned here. */
export type AdmissionInput = Omit<AdmissionPayload, 'registerNumber'>;

/** The record an admission opened. */
export type Admitted = { readonly recordId: string; readonly event: LedgerEvent };

/**
 * Admits a person: assigns the next register number of this installation's series (never
 * reused, even after a void) and records the admission, in one append.
 */
export async function admitDetainee(
  session: Session,
  input: AdmissionInput,
  clock: Clock = systemClock,
): Promise<Result<Admitted, ValidationProblem[]>> {
  const recordId = newId();
  if (!can(session.user.role, 'register.write')) return err([problem('not-permitted', 'type')]);
  const result = await appendChecked(session, (custody, states) => {
    const prefix = facilityOf(projectionState(states, facilityProjection), session.ledgerId)?.registerPrefix ?? '';
    const number = nextRegisterNumberFor(custody, session.ledgerId);
    const payload: AdmissionPayload = { ...input, registerNumber: { prefix, number } };
    const draft: EventDraft = { type: 'custody.admitted', subject: recordId, occurredAt: input.admission.at, payload };
    const problems = validateCustodyDraft(draft, {
      now: clock.now(),
      registerPrefix: prefix,
      usedRegisterNumbers: custody.series.get(session.ledgerId) ?? [],
    });
    return { draft, problems };
  });
  return result.ok ? ok({ recordId, event: result.value }) : result;
}
