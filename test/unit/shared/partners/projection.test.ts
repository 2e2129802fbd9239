import { applyPartnerEvent, applyPartnerEvents, initialPartnersState, partnersProjection } from '@shared/partners/projection';
import { partnerSummaries, partnerView, partnersOfFacility } from '@shared/partners/views';
import { describe, expect, it } from 'vitest';
import { aMeasure, anAssessment, anEvent, aProfile, LEDGER_A, LEDGER_B, PARTNER_ID } from './partnerEvents';

const MEASURE_ID = '019ab9f0-0000-7000-8000-0000000000b1';
const DECISION_ID = '019ab9f0-0000-7000-8000-0000000000c1';

/** Two advisers: A registers, assesses and adds a measure; B assesses later and updates the measure. */
function twoAdvisers() {
  const fromA = [
    anEvent('partner.registered', PARTNER_ID, aProfile(), { seq: 1 }),
    anEvent('partner.assessed', PARTNER_ID, anAssessment(), { seq: 2 }),
    anEvent('partner.measure_added', MEASURE_ID, aMeasure(), { seq: 3 }),
    anEvent('partner.decision_recorded', DECISION_ID, { partnerId: PARTNER_ID, decision: 'continue', decidedOn: '2026-03-14', rationale: 'Plan agreed.' }, { seq: 4 }),
  ];
  const fromB = [
    anEvent('partner.assessed', PARTNER_ID, anAssessment({ assessedOn: '2026-03-20', overallRisk: 'high' }), { ledger: LEDGER_B, seq: 8, author: 'Maria Rossi' }),
    anEvent('partner.measure_updated', MEASURE_ID, { note: 'Course postponed.', status: 'in_progress', dueDate: '2026-03-01' }, { ledger: LEDGER_B, seq: 9 }),
  ];
  return { fromA, fromB };
}

describe('partners projection', () => {
  it('keeps every assessment as a numbered version, the latest being current', () => {
    const { fromA, fromB } = twoAdvisers();
    const view = partnerView(applyPartnerEvents(initialPartnersState(), [...fromA, ...fromB]), PARTNER_ID, '2026-03-25');
    expect(view?.assessments.map((entry) => [entry.version, entry.payload.overallRisk, entry.meta.author.name])).toEqual([
      [1, 'moderate', 'Jean Dupont'],
      [2, 'high', 'Maria Rossi'],
    ]);
    expect(view?.current?.version).toBe(2);
    expect(view?.profile?.name).toBe('3rd Border Brigade');
  });

  it('gives the same state whatever order the advisers\' events arrive in, one by one or in a batch', () => {
    const { fromA, fromB } = twoAdvisers();
    const ab = applyPartnerEvents(initialPartnersState(), [...fromA, ...fromB]);
    const ba = [...fromB, ...fromA].reduce(applyPartnerEvent, initialPartnersState());
    expect(partnerView(ba, PARTNER_ID, '2026-03-25')).toEqual(partnerView(ab, PARTNER_ID, '2026-03-25'));
  });

  it('applies measure updates, even one that arrived before the measure, and flags overdue and review dates', () => {
    const { fromA, fromB } = twoAdvisers();
    const early = applyPartnerEvents(initialPartnersState(), fromB);
    expect(partnerView(early, PARTNER_ID, '2026-03-25')?.measures).toEqual([]);
    const view = partnerView(applyPartnerEvents(early, fromA), PARTNER_ID, '2026-05-02');
    const [measure] = view?.measures ?? [];
    expect(measure).toMatchObject({ status: 'in_progress', dueDate: '2026-03-01', owner: 'Training cell', isOverdue: true, isReviewDue: true });
    expect(measure?.updates).toHaveLength(1);
  });

  it('lists decisions with their author, and summarises each partner', () => {
    const { fromA, fromB } = twoAdvisers();
    const state = applyPartnerEvents(initialPartnersState(), [...fromA, ...fromB]);
    expect(partnerView(state, PARTNER_ID, '2026-03-25')?.decisions.map((decision) => [decision.payload.decision, decision.meta.author.name])).toEqual([['continue', 'Jean Dupont']]);
    expect(partnerSummaries(state, '2026-03-25')).toEqual([
      { id: PARTNER_ID, name: '3rd Border Brigade', risk: 'high', assessedOn: '2026-03-20', openMeasures: 1, overdueMeasures: 1, lastDecision: 'continue' },
    ]);
    expect(partnersOfFacility(state, 'CRP-01')).toEqual([PARTNER_ID]);
    expect(partnersOfFacility(state, 'OTHER')).toEqual([]);
  });

  it('takes the latest profile as current and keeps the older one', () => {
    const state = applyPartnerEvents(initialPartnersState(), [
      anEvent('partner.registered', PARTNER_ID, aProfile(), { seq: 1 }),
      anEvent('partner.updated', PARTNER_ID, aProfile({ name: '3rd Brigade', facilities: [] }), { seq: 2 }),
    ]);
    expect(state.partners.get(PARTNER_ID)?.profiles).toHaveLength(2);
    expect(partnerView(state, PARTNER_ID, '2026-03-25')?.profile?.name).toBe('3rd Brigade');
  });

  it('ignores other event types (same object) and survives a snapshot', () => {
    const initial = initialPartnersState();
    expect(applyPartnerEvent(initial, anEvent('user.added', 'u-1', { userId: 'u-1', name: 'X', role: 'adviser' }, { ledger: LEDGER_A, seq: 1 }))).toBe(initial);
    const { fromA, fromB } = twoAdvisers();
    const state = applyPartnerEvents(initial, [...fromA, ...fromB]);
    const restored = partnersProjection.deserialize(JSON.parse(JSON.stringify(partnersProjection.serialize(state))) as unknown[]);
    expect(partnerView(restored, PARTNER_ID, '2026-03-25')).toEqual(partnerView(state, PARTNER_ID, '2026-03-25'));
  });
});
