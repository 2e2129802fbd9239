/** Helpers for the safeguard tests: a record with events, evaluated at a given instant. */
import type { CustodyScenario } from '../../../builders/custody';
import { aCustodyDraft, aCustodyScenario, anAdmissionDraft } from '../../../builders/custody';
import type { SafeguardProfile, SafeguardResult, SafeguardRuleId } from '@shared/custody/safeguards';
import { evaluate } from '@shared/custody/safeguards';
import type { CustodyEventType, CustodyPayloads } from '@shared/custody/eventTypes';

type Sections = Parameters<typeof anAdmissionDraft>[0];

/** A scenario with the default admission (arrest 03:00Z, admission 07:00Z on 26 Nov, recorded 08:00Z) and overrides. */
export function admittedWith(overrides: Sections = {}): CustodyScenario {
  const scenario = aCustodyScenario();
  scenario.append(anAdmissionDraft(overrides));
  return scenario;
}

/** Appends an event to the default record. */
export function add<T extends CustodyEventType>(scenario: CustodyScenario, type: T, payload: CustodyPayloads[T], occurredAt: string) {
  return scenario.append(aCustodyDraft(type, payload, occurredAt));
}

/** The outcome of one rule at `nowIso`. */
export function ruleAt(scenario: CustodyScenario, ruleId: SafeguardRuleId, nowIso: string, profile?: SafeguardProfile): SafeguardResult {
  const record = scenario.record();
  const result = evaluate(record, record.timeline, new Date(nowIso), profile).find((r) => r.ruleId === ruleId);
  if (result === undefined) throw new Error(`no rule ${ruleId}`);
  return result;
}

/** Epoch ms of an instant. */
export const ms = (iso: string): number => Date.parse(iso);
