import { describe, expect, it } from 'vitest';
import { applyCustodyEvents, custodyRecords, initialCustodyState, recordOf, registerSeriesAudit } from '@shared/custody/custodyProjection';
import { custodyEventRegistry } from '@shared/custody/eventTypes';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { generateFacility } from '@shared/custody/synthetic/generateFacility';
import { generateNetwork, networkPrefixes } from '@shared/custody/synthetic/network';
import { validateCustodyDraft } from '@shared/custody/validation';
import { validatePayload } from '@shared/ledger/registry';
import { unhashedSyntheticEvents } from '../../../builders/custody';

const OPTIONS = {
  facilities: ['North Prison', 'South Remand Centre', 'Eastern Detention Centre'],
  detainees: 40,
  seed: 'network',
  start: '2025-11-26T00:00:00Z',
  now: '2026-11-26T08:00:00Z',
  lostTransfers: 2,
} as const;

const network = generateNetwork(OPTIONS);
const ledgerOf = (name: string) => String(OPTIONS.facilities.indexOf(name as never) + 1).repeat(64).slice(0, 64);
const states = new Map(network.facilities.map((member) => [member.name, applyCustodyEvents(initialCustodyState(), unhashedSyntheticEvents(member.facility, ledgerOf(member.name)))]));
const recordsAt = (name: string): CustodyRecord[] => [...custodyRecords(states.get(name) ?? initialCustodyState())];

function identityOf(record: CustodyRecord) {
  const { admission } = record;
  return JSON.stringify([
    admission['identity.familyName'], admission['identity.givenNames'], admission['identity.familyNameLatin'], admission['identity.givenNamesLatin'],
    admission['identity.fatherFirstName'], admission['identity.dateOfBirth'], admission['identity.estimatedAgeYears'],
  ]);
}

describe('a synthetic network of facilities', () => {
  it('gives each facility its own prefix and every facility its transfers out', () => {
    expect(network.facilities.map((member) => member.registerPrefix)).toEqual(['NP', 'SRC', 'EDC']);
    expect(networkPrefixes(['Al Qasr', 'al qasr', 'سجن'])).toEqual(['AQ', 'F2', 'F3']);
    for (const name of OPTIONS.facilities) expect(network.transfers.filter((transfer) => transfer.from === name)).toHaveLength(4);
    expect(network.transfers.filter((transfer) => transfer.arrivedMs === undefined)).toHaveLength(OPTIONS.lostTransfers);
    expect(OPTIONS.facilities).not.toContain(network.outsideDestination);
  });

  it('admits the same person at the destination, hours after the transfer out, with a transfer in naming the origin', () => {
    let cited = 0;
    for (const transfer of network.transfers.filter((item) => item.arrivedMs !== undefined)) {
      const departed = recordsAt(transfer.from).find((record) => record.status === 'transferred' && record.custodyEndMs === transfer.departedMs && record.location.destination === transfer.to);
      if (departed === undefined) throw new Error(`no departure for ${transfer.key}`);
      const arrived = recordsAt(transfer.to).find((record) => record.admittedMs === transfer.arrivedMs && identityOf(record) === identityOf(departed));
      if (arrived === undefined) throw new Error(`no arrival for ${transfer.key}`);
      const delayHours = (arrived.admittedMs - transfer.departedMs) / 3_600_000;
      expect(delayHours).toBeGreaterThanOrEqual(2);
      expect(delayHours).toBeLessThanOrEqual(41);
      const transferIn = arrived.timeline.find((entry) => entry.type === 'custody.transferred_in');
      expect(transferIn?.facts.fromPlace).toBe(transfer.from);
      expect(arrived.admission['admission.place']).toBe(transfer.to);
      const origin = transferIn?.facts.originRecordId as { value?: string } | undefined;
      if (origin?.value !== undefined) {
        cited += 1;
        expect(origin.value).toBe(departed.id);
        expect(transferIn?.facts.originRegisterNumber).toEqual({ value: departed.registerLabel });
      }
    }
    expect(cited).toBeGreaterThan(0);
  });

  it('leaves no trace of a lost transfer at its destination', () => {
    for (const transfer of network.transfers.filter((item) => item.arrivedMs === undefined)) {
      const departed = recordsAt(transfer.from).find((record) => record.custodyEndMs === transfer.departedMs && record.location.destination === transfer.to);
      if (departed === undefined) throw new Error(`no departure for ${transfer.key}`);
      expect(recordsAt(transfer.to).filter((record) => identityOf(record) === identityOf(departed))).toEqual([]);
    }
  });

  it('numbers each register without gaps and writes valid events, as the app would check them', () => {
    for (const member of network.facilities) {
      const events = unhashedSyntheticEvents(member.facility, ledgerOf(member.name));
      let state = initialCustodyState();
      const problems: string[] = [];
      for (const event of events) {
        expect(validatePayload(custodyEventRegistry, event.type, event.payload)).toMatchObject({ ok: true });
        const record = recordOf(state, event.subject);
        if (event.type !== 'custody.corrected') {
          const found = validateCustodyDraft(event, { now: new Date(event.recordedAt), authorId: event.author.id, ...(record === undefined ? {} : { record }) });
          if (found.length > 0) problems.push(`${event.type}: ${JSON.stringify(found)}`);
        }
        state = applyCustodyEvents(state, [event]);
      }
      expect(problems).toEqual([]);
      expect(registerSeriesAudit(state, ledgerOf(member.name))).toEqual({ gaps: [], duplicates: [] });
    }
  });

  it('is deterministic, and one facility made alone equals the same facility made with the others', () => {
    const alone = generateNetwork(OPTIONS, 'South Remand Centre');
    expect(alone.facilities.map((member) => member.name)).toEqual(['South Remand Centre']);
    expect(alone.facilities[0]?.facility).toEqual(network.facilities[1]?.facility);
    expect(alone.transfers).toEqual(network.transfers);
  });

  it('leaves a facility without a network exactly as before', () => {
    const options = { detainees: 30, seed: 'alone', start: OPTIONS.start, now: OPTIONS.now };
    const plain = generateFacility(options);
    expect(plain.stays).toBeUndefined();
    expect(generateFacility({ ...options, stays: [] }).drafts).toEqual(plain.drafts);
  });

  it('refuses a network of one, a facility named twice, and more lost transfers than transfers', () => {
    expect(() => generateNetwork({ ...OPTIONS, facilities: ['Only'] })).toThrow(RangeError);
    expect(() => generateNetwork({ ...OPTIONS, facilities: ['A', 'A'] })).toThrow(RangeError);
    expect(() => generateNetwork({ ...OPTIONS, lostTransfers: 13 })).toThrow(RangeError);
  });
});
