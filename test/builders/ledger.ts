/**
 * Deterministic ledger builders for tests and benchmarks: seeded keys and ids, a clock
 * that steps forward a fixed amount per event. The same seed always gives byte-identical
 * events, so hashes in snapshots stay stable.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { v7 } from 'uuid';
import { sha256 } from '@shared/crypto/hash';
import type { AppendContext, LedgerHead } from '@shared/ledger/chain';
import { append, headOf } from '@shared/ledger/chain';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { Author, EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import type { SigningKeyPair } from '@shared/ledger/identity';
import { ledgerIdOf } from '@shared/ledger/identity';
import { utf8Encode } from '@shared/util/bytes';
import type { Clock } from '@shared/util/clock';
import { steppingClock } from '@shared/util/clock';
import type { IdGenerator } from '@shared/util/ids';

/** Where builder clocks start. */
export const BUILDER_START_ISO = '2026-11-26T08:00:00.000Z';
/** How far builder clocks step per reading. */
export const BUILDER_STEP_MS = 60_000;

/** UUIDv7s derived from a seed and a counter: the same seed gives the same sequence. */
export function seededIds(seed: string, startIso: string = BUILDER_START_ISO): IdGenerator {
  const startMs = Date.parse(startIso);
  let counter = 0;
  return () => {
    const random = sha256(utf8Encode(`${seed}:id:${counter}`)).slice(0, 16);
    const id = v7({ msecs: startMs + counter, random });
    counter += 1;
    return id;
  };
}

/** 32 bytes derived from a seed and a purpose. */
export function seededBytes(seed: string, purpose: string): Uint8Array {
  return sha256(utf8Encode(`${seed}:${purpose}`));
}

/** A complete, valid facility profile. */
export function aFacilityProfile(overrides: Partial<FacilityProfile> = {}): FacilityProfile {
  return {
    name: 'Central Remand Prison',
    code: 'CRP-01',
    registerPrefix: 'CRP',
    type: 'prison',
    location: 'North District',
    responsibleAuthority: 'Ministry of Justice, Prisons Directorate',
    officialCapacity: 450,
    timeZone: 'Africa/Khartoum',
    legalRegime: 'criminal',
    ...overrides,
  };
}

/** A test ledger: its keys, id, author, clock and ids, ready for append. */
export type TestLedger = {
  seed: string;
  signing: SigningKeyPair;
  ledger: string;
  author: Author;
  facility: FacilityProfile;
  clock: Clock;
  newId: IdGenerator;
  ctx: AppendContext;
};

/** Options of aLedger. */
export type LedgerOverrides = {
  seed?: string;
  author?: Author;
  facility?: Partial<FacilityProfile>;
  startIso?: string;
  stepMs?: number;
  clock?: Clock;
};

/** A deterministic test ledger (no events yet). */
export function aLedger(overrides: LedgerOverrides = {}): TestLedger {
  const seed = overrides.seed ?? 'ledger-a';
  const signing = ed25519.keygen(seededBytes(seed, 'signing'));
  const ledger = ledgerIdOf(signing.publicKey);
  const newId = seededIds(seed, overrides.startIso);
  const author = overrides.author ?? { id: newId(), name: 'Registrar One' };
  const startIso = overrides.startIso ?? BUILDER_START_ISO;
  const clock = overrides.clock ?? steppingClock(startIso, overrides.stepMs ?? BUILDER_STEP_MS);
  const ctx: AppendContext = { ledger, author, clock, newId, registry: coreEventRegistry };
  return { seed, signing, ledger, author, facility: aFacilityProfile(overrides.facility), clock, newId, ctx };
}

/** A valid draft (a `user.added` event by default). */
export function anEventDraft(overrides: Partial<EventDraft> = {}): EventDraft {
  const userId = '0190b6a0-0000-7000-8000-000000000001';
  return {
    type: 'user.added',
    subject: userId,
    occurredAt: '2026-11-26T10:00:00.000+03:00',
    payload: { userId, name: 'Amina Yusuf', role: 'registrar' },
    ...overrides,
  };
}

/** The `ledger.created` draft of a test ledger. */
export function ledgerCreatedDraft(testLedger: TestLedger): EventDraft {
  return {
    type: 'ledger.created',
    subject: testLedger.ledger,
    occurredAt: '2026-11-26T09:00:00.000+03:00',
    payload: testLedger.facility,
  };
}

/** Appends drafts in order after `head`, returning the new events. */
export function appendDrafts(
  testLedger: TestLedger,
  head: LedgerHead,
  drafts: readonly EventDraft[],
): LedgerEvent[] {
  const events: LedgerEvent[] = [];
  let current = head;
  for (const draft of drafts) {
    const event = append(current, draft, testLedger.ctx);
    events.push(event);
    current = headOf(event);
  }
  return events;
}

/** Options of aChainOf. */
export type ChainOverrides = LedgerOverrides & {
  ledger?: TestLedger;
  /** The draft for seq ≥ 2 (seq 1 is always `ledger.created`). */
  draftFor?: (seq: number, testLedger: TestLedger) => EventDraft;
};

/** A user.added draft numbered by seq, so every event differs. */
export function userAddedDraft(seq: number): EventDraft {
  const userId = `0190b6a0-0000-7000-8000-${seq.toString(16).padStart(12, '0')}`;
  return anEventDraft({ subject: userId, payload: { userId, name: `User ${seq}`, role: 'registrar' } });
}

/** A verified-valid chain of `n` events: `ledger.created`, then `user.added` events. */
export function aChainOf(n: number, overrides: ChainOverrides = {}): LedgerEvent[] {
  const testLedger = overrides.ledger ?? aLedger(overrides);
  const draftFor = overrides.draftFor ?? userAddedDraft;
  const drafts = Array.from({ length: n }, (_, index) =>
    index === 0 ? ledgerCreatedDraft(testLedger) : draftFor(index + 1, testLedger),
  );
  return appendDrafts(testLedger, null, drafts);
}
