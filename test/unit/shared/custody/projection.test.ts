import { describe, expect, it } from 'vitest';
import {
  applyCustodyEvent,
  applyCustodyEvents,
  custodyRecords,
  deserializeCustodyState,
  initialCustodyState,
  nextRegisterNumberFor,
  recordOf,
  registerSeriesAudit,
  serializeCustodyState,
} from '@shared/custody/custodyProjection';
import { MATCH_SCORES, matchQuery } from '@shared/custody/names';
import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { CustodyStatus } from '@shared/custody/projection/types';
import { aChainOf } from '../../../builders/ledger';
import {
  aCustodyDraft,
  aCustodyScenario,
  anAdmissionDraft,
  RECORD_ID,
} from '../../../builders/custody';
import { SAMPLE_PAYLOADS } from './samplePayloads';

const LATER = '2026-11-26T12:00:00+03:00';

describe('admission', () => {
  it('creates a record in custody with its number, place, flags and search keys', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const record = scenario.record();
    expect(record).toMatchObject({
      id: RECORD_ID,
      admissionEventId: admission.id,
      registerLabel: 'CRP-000001',
      status: 'in_custody',
      legalRegime: 'criminal',
      legalCategory: 'criminal_remand',
      childStatus: 'adult',
      isWoman: false,
      isForeignNational: false,
      gaps: [],
      isVoided: false,
      location: { place: 'Central Remand Prison', placement: 'Block A, cell 4' },
    });
    expect(record.admittedMs).toBe(Date.parse('2026-11-26T07:00:00Z'));
    expect(record.arrestMs).toBe(Date.parse('2026-11-26T03:00:00Z'));
    expect(matchQuery('Muhammad al hasan')(record.searchKeys)).toBe(MATCH_SCORES.folded);
    expect(matchQuery('محمد')(record.searchKeys)).toBe(MATCH_SCORES.exact);
    expect(matchQuery('000001')(record.searchKeys)).toBe(MATCH_SCORES.exact);
    expect(matchQuery('ID0012345678')(record.searchKeys)).toBe(MATCH_SCORES.exact);
  });

  it('lists required fields left unknown as gaps; refusals and answered alternatives are not gaps', () => {
    const scenario = aCustodyScenario();
    scenario.append(
      anAdmissionDraft({
        identity: { familyName: { unknown: 'unknown' }, givenNames: { unknown: 'refused' }, dateOfBirth: { unknown: 'unknown' }, estimatedAgeYears: { value: 30 } },
        arrest: { at: { unknown: 'unknown' } },
        legalBasis: { orderReference: { unknown: 'unknown' } },
      }),
    );
    expect(scenario.record().gaps).toEqual(['identity.familyName', 'arrest.at', 'legalBasis.orderReference']);
  });

  it('requires GC III fields for a prisoner of war and BKK fields for a woman', () => {
    const pow = aCustodyScenario();
    const powFields = { status: { legalCategory: { value: 'pow' }, legalRegime: 'iac' }, family: { personToInform: { unknown: 'unknown' } } } as const;
    pow.append(anAdmissionDraft({ ...powFields, identity: { militaryRank: { unknown: 'unknown' }, serviceNumber: { unknown: 'unknown' } } }));
    expect(pow.record().gaps).toEqual(['identity.militaryRank', 'identity.serviceNumber', 'family.personToInform']);
    const civilian = aCustodyScenario();
    civilian.append(anAdmissionDraft({ identity: { militaryRank: { unknown: 'unknown' } }, family: { personToInform: { unknown: 'unknown' } } }));
    expect(civilian.record().gaps).toEqual([]);
    const woman = aCustodyScenario();
    const health = { reproductiveHealth: { unknown: 'unknown' } } as const;
    woman.append(anAdmissionDraft({ identity: { sex: { value: 'female' }, genderIdentity: { value: 'woman' } }, health }));
    expect(woman.record()).toMatchObject({ isWoman: true, gaps: ['health.reproductiveHealth'] });
  });

  it.each([
    ['2009-01-01', { unknown: 'not_applicable' }, 'child'],
    ['2008-11-26', { unknown: 'not_applicable' }, 'adult'],
    ['2008-11-27', { unknown: 'not_applicable' }, 'child'],
    ['2008', { unknown: 'not_applicable' }, 'child'],
    ['2007', { unknown: 'not_applicable' }, 'adult'],
    [undefined, { value: 16 }, 'child'],
    [undefined, { value: 19 }, 'adult'],
    [undefined, { unknown: 'unknown' }, 'unknown'],
  ] as const)('flags a child from birth date %s / estimated age %j at arrest: %s', (birth, estimate, expected) => {
    const scenario = aCustodyScenario();
    const dateOfBirth = birth === undefined ? ({ unknown: 'unknown' } as const) : { value: birth };
    scenario.append(anAdmissionDraft({ identity: { dateOfBirth, estimatedAgeYears: estimate } }));
    expect(scenario.record().childStatus).toBe(expected);
  });
});

const STATUS_AFTER: Partial<Record<CustodyEventType, CustodyStatus>> = {
  'custody.hospital_admitted': 'hospital',
  'custody.transferred_out': 'transferred',
  'custody.released': 'released',
  'custody.escaped': 'escaped',
  'custody.died': 'deceased',
};

describe('later events', () => {
  it.each(Object.keys(SAMPLE_PAYLOADS) as (keyof typeof SAMPLE_PAYLOADS)[])('%s joins the timeline', (type) => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    const event = scenario.append(aCustodyDraft(type, SAMPLE_PAYLOADS[type] as never, LATER));
    const record = scenario.record();
    expect(record.timeline.map((entry) => entry.id)).toEqual([event.id]);
    expect(record.timeline[0]).toMatchObject({ type, occurredMs: Date.parse(LATER), seq: event.seq });
    expect(record.status).toBe(STATUS_AFTER[type] ?? 'in_custody');
    if (STATUS_AFTER[type] && type !== 'custody.hospital_admitted') expect(record.custodyEndMs).toBe(Date.parse(LATER));
  });

  it('follows placement, hospital stays and transfers', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    scenario.append(aCustodyDraft('custody.placement_changed', SAMPLE_PAYLOADS['custody.placement_changed'], '2026-11-26T11:00:00+03:00'));
    expect(scenario.record().location).toMatchObject({ placement: 'Block J, cell 1', separation: { ageGroup: 'juvenile' } });
    const hospital = scenario.append(aCustodyDraft('custody.hospital_admitted', SAMPLE_PAYLOADS['custody.hospital_admitted'], LATER));
    expect(scenario.record()).toMatchObject({ status: 'hospital', location: { hospital: 'Central Hospital' } });
    scenario.append(aCustodyDraft('custody.hospital_returned', { hospitalEventId: hospital.id, notes: { unknown: 'unknown' } }, '2026-11-27T12:00:00+03:00'));
    expect(scenario.record().status).toBe('in_custody');
    expect(scenario.record().location.hospital).toBeUndefined();
    scenario.append(aCustodyDraft('custody.transferred_out', SAMPLE_PAYLOADS['custody.transferred_out'], '2026-11-28T12:00:00+03:00'));
    expect(scenario.record()).toMatchObject({ status: 'transferred', location: { destination: 'Southern Remand Centre' } });
    scenario.append(aCustodyDraft('custody.transferred_in', SAMPLE_PAYLOADS['custody.transferred_in'], '2026-11-29T12:00:00+03:00'));
    expect(scenario.record()).toMatchObject({ status: 'in_custody', custodyEndMs: undefined });
    expect(scenario.record().location.destination).toBeUndefined();
  });

  it('orders the timeline by when events happened, not when they were written', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    const late = scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-29T12:00:00+03:00'));
    const early = scenario.append(aCustodyDraft('custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], LATER));
    expect(scenario.record().timeline.map((entry) => entry.id)).toEqual([early.id, late.id]);
    expect(scenario.record().status).toBe('released');
  });

  it('keeps events that arrive before their admission and shows them once it arrives', () => {
    const scenario = aCustodyScenario();
    const visit = scenario.append(aCustodyDraft('custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], LATER));
    expect(recordOf(scenario.state(), RECORD_ID)).toBeUndefined();
    scenario.append(anAdmissionDraft());
    expect(scenario.record().timeline.map((entry) => entry.id)).toEqual([visit.id]);
  });

  it('ignores events of other features', () => {
    const state = initialCustodyState();
    expect(applyCustodyEvents(state, aChainOf(3))).toBe(state);
  });
});

describe('register series', () => {
  it('numbers from the highest used, voided or not, and reports gaps and duplicates', () => {
    const scenario = aCustodyScenario();
    const subject = (n: number) => `019ab9f0-0000-7000-8000-${String(n).padStart(12, '0')}`;
    for (const number of [1, 2, 4, 4]) {
      scenario.append(anAdmissionDraft({ registerNumber: { prefix: 'CRP', number } }, subject(number * 10 + scenario.events.length)));
    }
    const state = scenario.state();
    const { ledger } = scenario.ledger;
    expect(nextRegisterNumberFor(state, ledger)).toBe(5);
    expect(nextRegisterNumberFor(state, 'f'.repeat(64))).toBe(1);
    expect(registerSeriesAudit(state, ledger)).toEqual({ gaps: [{ from: 3, to: 3 }], duplicates: [4] });
    expect([...custodyRecords(state)]).toHaveLength(4);
  });
});

describe('snapshots and batches', () => {
  it('gives the same state event by event, in one batch, and after a snapshot round trip', () => {
    const scenario = aCustodyScenario();
    scenario.append(anAdmissionDraft());
    scenario.append(aCustodyDraft('custody.visit_received', SAMPLE_PAYLOADS['custody.visit_received'], LATER));
    scenario.append(aCustodyDraft('custody.released', SAMPLE_PAYLOADS['custody.released'], '2026-11-29T12:00:00+03:00'));
    const batch = scenario.state();
    const folded = scenario.events.reduce(applyCustodyEvent, initialCustodyState());
    expect(recordOf(folded, RECORD_ID)).toEqual(recordOf(batch, RECORD_ID));
    const parts = JSON.parse(JSON.stringify(serializeCustodyState(batch))) as unknown[];
    const restored = deserializeCustodyState(parts);
    expect(recordOf(restored, RECORD_ID)).toEqual(recordOf(batch, RECORD_ID));
    expect(restored.series).toEqual(batch.series);
  });

  it('does not count a repeated admission twice', () => {
    const scenario = aCustodyScenario();
    const admission = scenario.append(anAdmissionDraft());
    const state = applyCustodyEvent(scenario.state(), admission);
    expect(registerSeriesAudit(state, scenario.ledger.ledger).duplicates).toEqual([]);
  });
});
