/**
 * Small registers for oversight tests: ledger events written by hand (not hashed: the
 * projection reads payloads and places, never hashes), with the occurred and recorded
 * times each case needs, projected into custody records.
 */
import type { CustodyRecord } from '@shared/custody/projection/types';
import { applyCustodyEvents, custodyRecords, initialCustodyState } from '@shared/custody/custodyProjection';
import type { AdmissionPayload } from '@shared/custody/events/admission';
import type { CustodyPayloads } from '@shared/custody/eventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { anAdmissionPayload } from '../../../builders/custody';

/** Identity members to change from the default admission's. */
export type IdentityOverrides = Partial<AdmissionPayload['identity']>;

/** A register of one ledger, appended to by hand. */
export type TestRegister = {
  readonly ledger: string;
  readonly events: LedgerEvent[];
  admit(subject: string, admittedAt: string, recordedAt: string, identity?: IdentityOverrides): LedgerEvent;
  add<T extends keyof CustodyPayloads>(type: T, subject: string, occurredAt: string, recordedAt: string, payload: CustodyPayloads[T]): LedgerEvent;
};

/** A register for a ledger id made of one repeated character, numbering with `prefix`. */
export function aRegister(char: string, prefix: string, place: string): TestRegister {
  const ledger = char.repeat(64);
  const events: LedgerEvent[] = [];
  let number = 0;
  const push = (type: string, subject: string, occurredAt: string, recordedAt: string, payload: object): LedgerEvent => {
    const seq = events.length + 1;
    const event: LedgerEvent = {
      id: `0190${char.repeat(4)}-0000-7000-8000-${String(seq).padStart(12, '0')}`,
      ledger, seq, type, subject, occurredAt, recordedAt,
      author: { id: `${char}-registrar`, name: `Registrar ${char}` },
      payload: payload as LedgerEvent['payload'],
      prev: seq === 1 ? '' : 'f'.repeat(64),
      hash: 'f'.repeat(64),
    };
    events.push(event);
    return event;
  };
  return {
    ledger,
    events,
    admit(subject, admittedAt, recordedAt, identity = {}) {
      number += 1;
      const base = anAdmissionPayload({ admission: { at: admittedAt, place } });
      const payload: AdmissionPayload = { ...base, registerNumber: { prefix, number }, identity: { ...base.identity, ...identity } };
      return push('custody.admitted', subject, admittedAt, recordedAt, payload);
    },
    add(type, subject, occurredAt, recordedAt, payload) {
      return push(type, subject, occurredAt, recordedAt, payload);
    },
  };
}

/** The custody records of several registers together, as an adviser holds them. */
export function recordsOf(...registers: readonly TestRegister[]): CustodyRecord[] {
  const state = applyCustodyEvents(initialCustodyState(), registers.flatMap((register) => register.events));
  return [...custodyRecords(state)];
}

/** A transfer out payload to `destination`. */
export function transferOutTo(destination: string): CustodyPayloads['custody.transferred_out'] {
  return {
    destination,
    responsibleAuthority: 'Prisons Directorate',
    receivingAuthority: destination,
    riskAssessment: { unknown: 'not_applicable' },
    familyNotifiedAt: { unknown: 'unknown' },
    fileSent: { value: true },
    medicalFileSent: { value: true },
  };
}

/** A transfer in payload from `fromPlace`, citing the origin record when given. */
export function transferInFrom(fromPlace: string, originRecordId?: string): CustodyPayloads['custody.transferred_in'] {
  return {
    fromPlace,
    sendingAuthority: 'Prisons Directorate',
    originRegisterNumber: { unknown: 'unknown' },
    originRecordId: originRecordId === undefined ? { unknown: 'unknown' } : { value: originRecordId },
    fileReceived: { value: true },
    medicalFileReceived: { value: true },
  };
}
