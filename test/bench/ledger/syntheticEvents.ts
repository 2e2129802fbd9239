/**
 * Synthetic register events of about 855 bytes of canonical JSON each (perf.md): a
 * `custody.admitted`-like payload with names drawn from Arabic and Latin lists, so they
 * compress like real entries rather than like random bytes. Deterministic: a seeded
 * generator, seeded ids and a stepping clock.
 */
import { z } from 'zod';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import type { JsonObject } from '@shared/crypto/canonicalJson';
import { append, headOf } from '@shared/ledger/chain';
import type { LedgerHead } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import { createEventRegistry, defineEventType, mergeEventRegistries } from '@shared/ledger/registry';
import { aLedger, ledgerCreatedDraft } from '../../builders/ledger';
import type { TestLedger } from '../../builders/ledger';

export const benchRegistry = mergeEventRegistries(
  coreEventRegistry,
  createEventRegistry([defineEventType('custody.admitted', z.record(z.string(), z.unknown()))]),
);

const GIVEN = ['Ahmad', 'Fatima', 'Omar', 'Aisha', 'Youssef', 'Mariam', 'Karim', 'Leila', 'Hassan', 'Nour', 'أحمد', 'فاطمة', 'محمد', 'زينب', 'Jean', 'Amina'];
const FAMILY = ['Haddad', 'Khalil', 'Mansour', 'Saleh', 'Nasser', 'Dubois', 'Bakr', 'Farouk', 'الحسن', 'العلي', 'Hamdan'];
const EVENTS_PER_SUBJECT = 10;

function prng(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 0x100000000;
  };
}

function payloadFor(seq: number, random: () => number): JsonObject {
  const pick = (list: readonly string[]): string => list[Math.floor(random() * list.length)] ?? '';
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(random() * 10)).join('');
  return {
    registerNo: `CRP-${seq}`,
    person: { given: pick(GIVEN), family: pick(FAMILY), father: pick(GIVEN) },
    birth: { date: `19${50 + Math.floor(random() * 50)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`, place: pick(FAMILY) },
    identity: { document: 'national_id', number: digits(12) },
    grounds: { authority: 'Public Prosecution, North District', basis: `Art. ${digits(3)} Penal Code` },
    placement: { block: `B${digits(1)}`, cell: digits(2) },
    notes: `brought by ${pick(GIVEN)} ${pick(FAMILY)}`,
  };
}

function subjectOf(testLedger: TestLedger, seq: number): string {
  const detainee = Math.floor(seq / EVENTS_PER_SUBJECT).toString(16).padStart(12, '0');
  return `${testLedger.ledger.slice(0, 8)}-0000-7000-8000-${detainee}`;
}

export function benchLedger(seed: string): TestLedger {
  // In the past, so that a million one-second steps never reach the device clock's present.
  return aLedger({ seed, startIso: '2025-01-01T00:00:00.000Z', stepMs: 1000 });
}

export function draftFor(testLedger: TestLedger, seq: number, random: () => number): EventDraft {
  if (seq === 1) return ledgerCreatedDraft(testLedger);
  return { type: 'custody.admitted', subject: subjectOf(testLedger, seq), occurredAt: '2026-11-26T10:00:00.000+03:00', payload: payloadFor(seq, random) };
}

/** Batches of consecutive events of one ledger, with their canonical NDJSON lines. */
export function* syntheticBatches(
  testLedger: TestLedger,
  total: number,
  batchSize: number,
): Generator<{ events: LedgerEvent[]; lines: string[] }> {
  const random = prng(0x5eed);
  const ctx = { ledger: testLedger.ledger, author: testLedger.author, clock: testLedger.clock, newId: testLedger.newId };
  let head: LedgerHead = null;
  for (let start = 1; start <= total; start += batchSize) {
    const events: LedgerEvent[] = [];
    for (let seq = start; seq < Math.min(start + batchSize, total + 1); seq++) {
      const event = append(head, draftFor(testLedger, seq, random), ctx);
      events.push(event);
      head = headOf(event);
    }
    yield { events, lines: events.map((event) => canonicalJson(event)) };
  }
}

export const syntheticRandom = prng;
