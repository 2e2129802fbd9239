import { describe, expect, it } from 'vitest';
import type { CorrectionTarget, ValidationContext } from '@shared/custody/validation';
import { validateCustodyDraft } from '@shared/custody/validation';
import { effectiveEvent } from '@shared/custody/projection/effective';
import type { EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import {
  aCustodyDraft,
  aCustodyScenario,
  anAdmissionDraft,
  SUPERVISOR,
} from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';

const NOW = new Date('2026-11-27T09:00:00Z');
const LATER = '2026-11-26T12:00:00+03:00';

function codes(draft: EventDraft, context: Partial<ValidationContext> = {}) {
  return validateCustodyDraft(draft, { now: NOW, ...context }).map((problem) => `${problem.code}@${problem.path}`);
}

function admitted() {
  const scenario = aCustodyScenario();
  const admission = scenario.append(anAdmissionDraft());
  return { scenario, admission };
}

function targetOf(event: LedgerEvent, scenario: ReturnType<typeof aCustodyScenario>): CorrectionTarget {
  return effectiveEvent(event, scenario.record());
}

describe('admission drafts', () => {
  it('accepts a complete admission', () => {
    expect(codes(anAdmissionDraft(), { usedRegisterNumbers: [], registerPrefix: 'CRP' })).toEqual([]);
  });

  it('reports schema problems with their paths, and empty reasons with their own code', () => {
    expect(codes(anAdmissionDraft({ identity: { givenNames: { value: '' } } }))).toEqual(['invalid@identity.givenNames']);
    expect(codes(aCustodyDraft('custody.voided', { targetEventId: 'x1', reason: '  ' }, LATER))).toEqual(['empty-reason@reason']);
    expect(codes({ ...anAdmissionDraft(), type: 'custody.renamed' })).toEqual(['unknown-type@type']);
  });

  it('refuses a birth after the arrest', () => {
    expect(codes(anAdmissionDraft({ identity: { dateOfBirth: { value: '2026-11-27' } } }))).toEqual(['birth-after-arrest@identity.dateOfBirth']);
    expect(codes(anAdmissionDraft({ identity: { dateOfBirth: { value: '2026' } } }))).toEqual([]);
  });

  it('refuses an estimated age that contradicts the birth date', () => {
    const both = (estimate: number) => anAdmissionDraft({ identity: { dateOfBirth: { value: '1990-04-12' }, estimatedAgeYears: { value: estimate } } });
    expect(codes(both(36))).toEqual([]);
    expect(codes(both(38))).toEqual([]);
    expect(codes(both(25))).toEqual(['age-estimate-conflict@identity.estimatedAgeYears']);
  });

  it('refuses an arrest after admission, reasons told before arrest, and a mismatched event time', () => {
    expect(codes(anAdmissionDraft({ arrest: { at: { value: '2026-11-26T11:00:00+03:00' }, reasonsToldAt: { unknown: 'unknown' } } }))).toEqual(['arrest-after-admission@arrest.at']);
    expect(codes(anAdmissionDraft({ arrest: { reasonsToldAt: { value: '2026-11-26T05:00:00+03:00' } } }))).toEqual(['before-arrest@arrest.reasonsToldAt']);
    expect(codes({ ...anAdmissionDraft(), occurredAt: '2026-11-26T09:00:00+03:00' })).toEqual(['occurred-at-mismatch@occurredAt']);
  });

  it('refuses dates in the future beyond the tolerance, anywhere in the payload', () => {
    const future = anAdmissionDraft({ legalBasis: { orderDate: { value: '2026-11-29' } } });
    expect(codes(future)).toEqual(['future-date@legalBasis.orderDate']);
    const soon = new Date('2026-11-26T07:05:00Z');
    expect(codes(anAdmissionDraft(), { now: soon })).toEqual([]);
    expect(codes(anAdmissionDraft(), { now: new Date('2026-11-26T06:00:00Z') })).toEqual(
      expect.arrayContaining(['future-date@occurredAt', 'future-date@admission.at']),
    );
  });

  it('refuses a second admission of the same record', () => {
    const { scenario } = admitted();
    expect(codes(anAdmissionDraft(), { record: scenario.record() })).toEqual(['record-exists@subject']);
  });

  it('refuses a register number already used or of another series', () => {
    expect(codes(anAdmissionDraft(), { usedRegisterNumbers: [1], registerPrefix: 'XYZ' })).toEqual([
      'register-prefix-mismatch@registerNumber.prefix',
      'register-number-used@registerNumber.number',
    ]);
  });
});

describe('later events', () => {
  it('needs the record it is about', () => {
    const draft = aCustodyDraft('custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], LATER);
    expect(codes(draft)).toEqual(['unknown-record@subject']);
  });

  it('refuses an event before the admission (a release before admission)', () => {
    const { scenario } = admitted();
    const draft = aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-26T09:00:00+03:00');
    expect(codes(draft, { record: scenario.record() })).toEqual(['before-admission@occurredAt', 'before-status-change@occurredAt']);
  });

  it('refuses a movement the current status cannot follow', () => {
    const { scenario } = admitted();
    scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], LATER));
    const again = aCustodyDraft('custody.escaped', SAMPLE_PAYLOADS['custody.escaped'], '2026-11-26T12:30:00+03:00');
    expect(validateCustodyDraft(again, { now: NOW, record: scenario.record() })).toEqual([{ code: 'not-in-custody', path: 'type', detail: 'released' }]);
    const notification = aCustodyDraft('custody.family_notified', { ...SAMPLE_PAYLOADS['custody.family_notified'], trigger: 'release' }, '2026-11-26T14:00:00+03:00');
    expect(codes(notification, { record: scenario.record() })).toEqual([]);
  });

  it('refuses ends before starts', () => {
    const { scenario } = admitted();
    const record = scenario.record();
    const restraint = { ...SAMPLE_PAYLOADS['custody.restraint_used'], endedAt: { value: '2026-11-26T11:00:00+03:00' } };
    expect(codes(aCustodyDraft('custody.restraint_used', restraint, LATER), { record })).toEqual(['end-before-start@endedAt']);
    const death = { ...SAMPLE_PAYLOADS['custody.died'], judicialAuthorityReportedAt: { value: '2026-11-26T11:00:00+03:00' } };
    expect(codes(aCustodyDraft('custody.died', death, LATER), { record })).toEqual(['before-event@judicialAuthorityReportedAt']);
  });

  it('ends only an open solitary episode, not before it began', () => {
    const { scenario } = admitted();
    const start = scenario.append(aCustodyDraft('custody.solitary_started', SAMPLE_PAYLOADS['custody.solitary_started'], LATER));
    const end = (at: string, startEventId = start.id) => aCustodyDraft('custody.solitary_ended', { startEventId, authority: 'Director' }, at);
    expect(codes(end('2026-11-26T11:00:00+03:00'), { record: scenario.record() })).toEqual(['end-before-start@occurredAt']);
    expect(codes(end('2026-11-26T15:00:00+03:00', 'x-unknown'), { record: scenario.record() })).toEqual(['episode-not-open@startEventId']);
    scenario.append(end('2026-11-26T15:00:00+03:00'));
    expect(codes(end('2026-11-26T16:00:00+03:00'), { record: scenario.record() })).toEqual(['episode-not-open@startEventId']);
  });
});

describe('audit drafts', () => {
  it('checks a correction against the current value and the target schema', () => {
    const { scenario, admission } = admitted();
    const context = () => ({ record: scenario.record(), target: targetOf(admission, scenario) });
    const correction = (path: string, from: unknown, to: unknown) =>
      aCustodyDraft('custody.corrected', { targetEventId: admission.id, path, from: from as never, to: to as never, reason: 'Misread' }, LATER);
    expect(codes(correction('admission.placement', { value: 'Block A, cell 4' }, { value: 'Block B' }), context())).toEqual([]);
    expect(codes(correction('admission.placement', { value: 'Block Z' }, { value: 'Block B' }), context())).toEqual(['correction-stale@from']);
    expect(codes(correction('admission.placement', { value: 'Block A, cell 4' }, 'Block B'), context())).toEqual(['correction-invalid-value@to']);
    expect(codes(correction('admission.placement', { value: 'Block A, cell 4' }, { value: 'Block A, cell 4' }), context())).toEqual(['correction-no-change@to']);
    expect(codes(correction('admission.nothing.here', null, { value: 'x' }), context())).toEqual(['correction-unknown-path@path']);
    expect(codes(correction('@occurredAt', LATER, LATER.replace('12', '13')), context())).toEqual(['bad-path@path']);
  });

  it('re-checks the corrected admission, so a correction cannot put the birth after the arrest', () => {
    const { scenario, admission } = admitted();
    const draft = aCustodyDraft('custody.corrected', { targetEventId: admission.id, path: 'identity.dateOfBirth', from: { value: '1990-04-12' }, to: { value: '2026-11-27' }, reason: 'Typo' }, LATER);
    expect(validateCustodyDraft(draft, { now: NOW, record: scenario.record(), target: targetOf(admission, scenario) })).toEqual([
      { code: 'birth-after-arrest', path: 'to', detail: 'identity.dateOfBirth' },
    ]);
  });

  it('refuses voids of unknown, voided or already pending targets', () => {
    const { scenario, admission } = admitted();
    const voidOf = (targetEventId: string) => aCustodyDraft('custody.voided', { targetEventId, reason: 'Duplicate' }, LATER);
    expect(codes(voidOf('x-unknown'), { record: scenario.record() })).toEqual(['unknown-target@targetEventId']);
    const voiding = scenario.append(voidOf(admission.id));
    expect(codes(voidOf(admission.id), { record: scenario.record() })).toEqual(['void-pending@targetEventId']);
    scenario.append(aCustodyDraft('custody.confirmed', { targetEventId: voiding.id }, LATER), SUPERVISOR);
    expect(codes(voidOf(admission.id), { record: scenario.record() })).toEqual(['already-voided@targetEventId']);
  });

  it('refuses a confirmation by the author, and confirmations of things that need none', () => {
    const { scenario, admission } = admitted();
    const voiding = scenario.append(aCustodyDraft('custody.voided', { targetEventId: admission.id, reason: 'Duplicate' }, LATER));
    const confirmDraft = aCustodyDraft('custody.confirmed', { targetEventId: voiding.id }, LATER);
    expect(validateCustodyDraft(confirmDraft, { now: NOW, record: scenario.record(), authorId: 'user-registrar' })).toEqual([
      { code: 'self-confirmation', path: 'targetEventId' },
    ]);
    expect(codes(confirmDraft, { record: scenario.record() })).toEqual(['author-required@author']);
    expect(codes(confirmDraft, { record: scenario.record(), authorId: SUPERVISOR.id })).toEqual([]);
    scenario.append(confirmDraft, SUPERVISOR);
    expect(codes(confirmDraft, { record: scenario.record(), authorId: SUPERVISOR.id })).toEqual(['already-confirmed@targetEventId']);
    expect(codes(aCustodyDraft('custody.confirmed', { targetEventId: admission.id }, LATER), { record: scenario.record(), authorId: SUPERVISOR.id })).toEqual(['unknown-target@targetEventId']);
  });
});
