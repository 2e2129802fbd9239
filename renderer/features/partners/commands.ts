/**
 * Writes of partner assessment. Each is one ledger event appended as the signed-in adviser,
 * already checked by the form (forms.ts) in the terms of the payload schemas, so what a
 * form accepts the ledger accepts; the ledger checks again and refuses anything else.
 */
import type { PartnerPayloads } from '@shared/partners/events';
import type { Clock } from '@shared/util/clock';
import { systemClock, toUtcIso } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import type { Session } from '../../vault/session';
import { appendAsUser } from '../../vault/session';

export type PartnerProfileInput = PartnerPayloads['partner.registered'];
export type AssessmentInput = PartnerPayloads['partner.assessed'];
export type MeasureInput = PartnerPayloads['partner.measure_added'];
export type MeasureChange = PartnerPayloads['partner.measure_updated'];
export type DecisionInput = PartnerPayloads['partner.decision_recorded'];

/** Registers a partner; resolves with its id. */
export async function registerPartner(session: Session, profile: PartnerProfileInput, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await appendAsUser(session, { type: 'partner.registered', subject: id, occurredAt: toUtcIso(clock.now()), payload: profile });
  return id;
}

/** Records the partner's whole new profile; the former one stays in the ledger. */
export async function updatePartner(session: Session, partnerId: string, profile: PartnerProfileInput, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, { type: 'partner.updated', subject: partnerId, occurredAt: toUtcIso(clock.now()), payload: profile });
}

/** Records a new assessment: a new version, earlier ones kept. */
export async function assessPartner(session: Session, partnerId: string, assessment: AssessmentInput, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, { type: 'partner.assessed', subject: partnerId, occurredAt: toUtcIso(clock.now()), payload: assessment });
}

/** Adds a measure to a partner's risk-mitigation plan; resolves with its id. */
export async function addMeasure(session: Session, measure: MeasureInput, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await appendAsUser(session, { type: 'partner.measure_added', subject: id, occurredAt: toUtcIso(clock.now()), payload: measure });
  return id;
}

export async function updateMeasure(session: Session, measureId: string, change: MeasureChange, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, { type: 'partner.measure_updated', subject: measureId, occurredAt: toUtcIso(clock.now()), payload: change });
}

/** Records a decision on support; its author is the signed-in adviser. */
export async function recordDecision(session: Session, decision: DecisionInput, clock: Clock = systemClock): Promise<string> {
  const id = newId();
  await appendAsUser(session, { type: 'partner.decision_recorded', subject: id, occurredAt: toUtcIso(clock.now()), payload: decision });
  return id;
}
