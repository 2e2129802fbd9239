import { describe, expect, it } from 'vitest';
import { applyCustodyEvents, initialCustodyState, recordOf } from '@shared/custody/custodyProjection';
import { effectiveEvent, fieldHistory } from '@shared/custody/projection/effective';
import { MATCH_SCORES, matchQuery } from '@shared/custody/names';
import type { LedgerEvent } from '@shared/ledger/envelope';
import {
  aCustodyDraft,
  aCustodyScenario,
  anAdmissionDraft,
  RECORD_ID,
  SUPERVISOR,
} from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';

const LATER = '2026-11-26T12:00:00+03:00';

function correct(targetEventId: string, path: string, from: unknown, to: unknown, reason = 'Misread on the form') {
  return aCustodyDraft('custody.corrected', { targetEventId, path, from: from as never, to: to as never, reason }, LATER);
}
const voidOf = (targetEventId: string) => aCustodyDraft('custody.voided', { targetEventId, reason: 'Entered on the wrong record' }, LATER);
const confirm = (targetEventId: string) => aCustodyDraft('custody.confirmed', { targetEventId }, LATER);

describe('corrections', () => {
  it('applies a correction of an ordinary field at once and keeps before → after', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const correction = scenario.append(correct(admission.id, 'admission.placement', { value: 'Block A, cell 4' }, { value: 'Block E, cell 3' }));
    const record = scenario.record();
    expect(record.location.placement).toBe('Block E, cell 3');
    expect(record.corrections).toEqual([expect.objectContaining({ id: correction.id, state: 'applied', isStale: false, from: { value: 'Block A, cell 4' }, to: { value: 'Block E, cell 3' } })]);
    expect(record.pendingConfirmations).toEqual([]);
    expect(fieldHistory(record, admission.id, 'admission.placement')).toHaveLength(1);
    expect(effectiveEvent(admission, record).payload).toMatchObject({ admission: { placement: { value: 'Block E, cell 3' } } });
  });

  it('turns a required field from unknown to known, closing its gap', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft({ arrest: { place: { unknown: 'unknown' } } }));
    expect(scenario.record().gaps).toEqual(['arrest.place']);
    scenario.append(correct(admission.id, 'arrest.place', { unknown: 'unknown' }, { value: 'Checkpoint 7' }));
    expect(scenario.record().gaps).toEqual([]);
  });

  it('holds an identity correction until a different user confirms it', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const correction = scenario.append(correct(admission.id, 'identity.givenNamesLatin', { value: 'Mohamed' }, { value: 'Youssef' }));
    expect(scenario.record().pendingConfirmations).toEqual([{ eventId: correction.id, kind: 'correction', authorId: 'user-registrar', targetEventId: admission.id }]);
    expect(matchQuery('Youssef')(scenario.record().searchKeys)).toBe(MATCH_SCORES.none);

    const selfConfirmation = scenario.append(confirm(correction.id));
    expect(scenario.record().problems).toEqual([{ code: 'self-confirmation', eventId: selfConfirmation.id }]);
    expect(scenario.record().corrections[0]?.state).toBe('pending_confirmation');

    scenario.append(confirm(correction.id), SUPERVISOR);
    const record = scenario.record();
    expect(record.corrections[0]?.state).toBe('applied');
    expect(record.pendingConfirmations).toEqual([]);
    expect(record.admission['identity.givenNamesLatin']).toEqual({ value: 'Youssef' });
    expect(matchQuery('Youssef')(record.searchKeys)).toBe(MATCH_SCORES.exact);
  });

  it('marks a correction stale when its old value was not the current one, and applies the later word', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    scenario.append(correct(admission.id, 'admission.placement', { value: 'Block A, cell 4' }, { value: 'Block B' }));
    const stale = scenario.append(correct(admission.id, 'admission.placement', { value: 'Block A, cell 4' }, { value: 'Block C' }));
    const record = scenario.record();
    expect(record.corrections.find((c) => c.id === stale.id)?.isStale).toBe(true);
    expect(record.location.placement).toBe('Block C');
  });

  it('corrects kept facts and the time of a later event', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    const release = scenario.append(aCustodyDraft('custody.transferred_out', SAMPLE_PAYLOADS['custody.transferred_out'], LATER));
    scenario.append(correct(release.id, 'destination', 'Southern Remand Centre', 'Eastern Prison'));
    scenario.append(correct(release.id, '@occurredAt', LATER, '2026-11-27T09:00:00+03:00'));
    const record = scenario.record();
    expect(record.location.destination).toBe('Eastern Prison');
    expect(record.custodyEndMs).toBe(Date.parse('2026-11-27T06:00:00Z'));
    expect(record.corrections.every((c) => c.state === 'applied' && !c.isStale)).toBe(true);
    expect(effectiveEvent(release, record)).toMatchObject({ occurredAt: '2026-11-27T09:00:00+03:00', payload: { destination: 'Eastern Prison' } });
  });
});

describe('voids', () => {
  it('keeps a voided event in the timeline but stops counting it, once confirmed by another user', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    const release = scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], LATER));
    const voiding = scenario.append(voidOf(release.id));
    expect(scenario.record()).toMatchObject({ status: 'released', pendingConfirmations: [{ eventId: voiding.id, kind: 'void' }] });
    scenario.append(confirm(voiding.id), SUPERVISOR);
    const record = scenario.record();
    expect(record.status).toBe('in_custody');
    expect(record.voidedEventIds.has(release.id)).toBe(true);
    expect(record.timeline.map((entry) => entry.id)).toEqual([release.id]);
    expect(record.voids).toEqual([expect.objectContaining({ id: voiding.id, state: 'effective', reason: 'Entered on the wrong record' })]);
  });

  it('withdraws a correction when the correction is voided', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const correction = scenario.append(correct(admission.id, 'admission.placement', { value: 'Block A, cell 4' }, { value: 'Block E' }));
    const voiding = scenario.append(voidOf(correction.id));
    scenario.append(confirm(voiding.id), SUPERVISOR);
    expect(scenario.record().location.placement).toBe('Block A, cell 4');
    expect(scenario.record().corrections[0]?.state).toBe('voided');
  });

  it('marks a voided admission and keeps its register number used', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const voiding = scenario.append(voidOf(admission.id));
    scenario.append(confirm(voiding.id), SUPERVISOR);
    expect(scenario.record().isVoided).toBe(true);
  });

  it('reports audit events whose target is not in the record, or needs no confirmation', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const stray = scenario.append(voidOf('019ab9f0-0000-7000-8000-00000000dead'));
    const correction = scenario.append(correct(admission.id, 'admission.placement', { value: 'Block A, cell 4' }, { value: 'Block E' }));
    const needless = scenario.append(confirm(correction.id), SUPERVISOR);
    expect(scenario.record().problems).toEqual([
      { code: 'confirmation-not-needed', eventId: needless.id },
      { code: 'bad-audit-target', eventId: stray.id },
    ]);
  });
});

describe('events from several installations', () => {
  function twoLedgers(): { a: LedgerEvent[]; b: LedgerEvent[] } {
    const a = aCustodyScenario('station-a');
    const admission = a.append(anAdmissionDraft());
    const correction = a.append(correct(admission.id, 'identity.givenNamesLatin', { value: 'Mohamed' }, { value: 'Mohammed' }));
    a.append(aCustodyDraft('custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], LATER));
    const b = aCustodyScenario('station-b');
    b.append(confirm(correction.id), SUPERVISOR);
    b.append(correct(admission.id, 'admission.placement', { value: 'Block A, cell 4' }, { value: 'Block F' }), SUPERVISOR);
    return { a: a.events, b: b.events };
  }

  it('gives the same record whatever the interleaving of ledgers', () => {
    const { a, b } = twoLedgers();
    const orders = [[...a, ...b], [...b, ...a], [a[0], b[0], a[1], b[1], a[2]]] as LedgerEvent[][];
    const records = orders.map((events) => recordOf(applyCustodyEvents(initialCustodyState(), events), RECORD_ID));
    expect(records[0]?.admission['identity.givenNamesLatin']).toEqual({ value: 'Mohammed' });
    expect(records[0]?.location.placement).toBe('Block F');
    expect(records[1]).toEqual(records[0]);
    expect(records[2]).toEqual(records[0]);
    const stepwise = orders[2]?.reduce((state, event) => applyCustodyEvents(state, [event]), initialCustodyState());
    expect(recordOf(stepwise ?? initialCustodyState(), RECORD_ID)).toEqual(records[0]);
  });
});
