import { describe, expect, it } from 'vitest';
import { append, headOf } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { KnownLedger, MergeOptions } from '@shared/ledger/merge';
import { mergeSegment } from '@shared/ledger/merge';
import { fixedClock } from '@shared/util/clock';
import { aChainOf, aLedger, anEventDraft } from '../../../builders/ledger';

const OPTIONS: MergeOptions = { registry: coreEventRegistry, clock: fixedClock('2027-01-01T00:00:00.000Z') };
const chain = aChainOf(10);

/** What an importer holding the first `count` events knows. */
function holding(count: number, withHashes = true): KnownLedger {
  const held = chain.slice(0, count);
  const last = held.at(-1);
  return {
    head: last ? headOf(last) : null,
    ...(withHashes ? { hashAt: (seq: number) => held[seq - 1]?.hash } : {}),
  };
}

/** The same ledger, rewritten from seq `from` on (as a restored backup or an insider would). */
function rewrittenFrom(from: number): LedgerEvent[] {
  const ledger = aLedger();
  const rewritten = chain.slice(0, from - 1);
  for (let seq = from; seq <= chain.length; seq++) {
    const previous = rewritten.at(-1);
    rewritten.push(append(previous ? headOf(previous) : null, anEventDraft({ subject: `rewrite-${seq}` }), ledger.ctx));
  }
  return rewritten;
}

describe('mergeSegment', () => {
  it('applies a first segment from seq 1', () => {
    const result = mergeSegment(holding(0), chain.slice(0, 4), OPTIONS);
    expect(result).toMatchObject({ status: 'applied', head: headOf(chain[3]!), warnings: [] });
    expect(result.status === 'applied' && result.events).toEqual(chain.slice(0, 4));
  });

  it('applies a segment that continues the known head', () => {
    const result = mergeSegment(holding(4), chain.slice(4), OPTIONS);
    expect(result).toMatchObject({ status: 'applied', head: headOf(chain[9]!) });
    expect(result.status === 'applied' && result.events.map((e) => e.seq)).toEqual([5, 6, 7, 8, 9, 10]);
  });

  it('applies only the new tail of an overlapping segment', () => {
    const result = mergeSegment(holding(6), chain.slice(2), OPTIONS);
    expect(result.status === 'applied' && result.events.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
    const withoutHashes = mergeSegment(holding(6, false), chain.slice(2), OPTIONS);
    expect(withoutHashes.status === 'applied' && withoutHashes.events.map((e) => e.seq)).toEqual([7, 8, 9, 10]);
  });

  it('says duplicate for a segment already held, however it overlaps', () => {
    expect(mergeSegment(holding(10), chain, OPTIONS)).toEqual({ status: 'duplicate' });
    expect(mergeSegment(holding(10), chain.slice(3, 7), OPTIONS)).toEqual({ status: 'duplicate' });
    expect(mergeSegment(holding(10), [], OPTIONS)).toEqual({ status: 'duplicate' });
  });

  it('holds a segment past a gap as pending', () => {
    expect(mergeSegment(holding(3), chain.slice(6), OPTIONS)).toEqual({ status: 'pending', missingFrom: 4, missingTo: 6 });
    expect(mergeSegment(holding(0), chain.slice(1), OPTIONS)).toEqual({ status: 'pending', missingFrom: 1, missingTo: 1 });
  });

  it('reports a fork at the first held seq that differs', () => {
    const rewritten = rewrittenFrom(5);
    expect(mergeSegment(holding(7), rewritten.slice(2), OPTIONS)).toEqual({
      status: 'fork',
      seq: 5,
      knownHash: chain[4]!.hash,
      incomingHash: rewritten[4]!.hash,
    });
  });

  it('reports a fork when the segment does not extend the known head', () => {
    const rewritten = rewrittenFrom(5);
    expect(mergeSegment(holding(5), rewritten.slice(5), OPTIONS)).toEqual({
      status: 'fork',
      seq: 5,
      knownHash: chain[4]!.hash,
      incomingHash: rewritten[5]!.prev,
    });
  });

  it('reports a fork below the head even when only the head hash is at hand', () => {
    const rewritten = rewrittenFrom(5);
    expect(mergeSegment(holding(8, false), rewritten.slice(0, 9), OPTIONS)).toMatchObject({ status: 'fork', seq: 8 });
  });

  it('cannot settle a segment that ends below the head without the held hash there', () => {
    expect(mergeSegment(holding(10, false), chain.slice(2, 5), OPTIONS)).toEqual({ status: 'unverifiable', seq: 5 });
  });

  it('refuses invalid segments: tampering, another ledger, gaps inside', () => {
    const tampered = chain.slice(4).map((event, i) => (i === 2 ? { ...event, subject: 'changed' } : event));
    expect(mergeSegment(holding(4), tampered, OPTIONS)).toMatchObject({ status: 'invalid', reason: 'bad-hash', at: { seq: 7 } });
    const other = aChainOf(3, { seed: 'other' });
    expect(mergeSegment(holding(2), other.slice(2), OPTIONS)).toMatchObject({ status: 'invalid', reason: 'wrong-ledger' });
    const holed = [chain[4]!, chain[6]!];
    expect(mergeSegment(holding(4), holed, OPTIONS)).toMatchObject({ status: 'invalid', reason: 'seq-gap' });
  });

  it('is idempotent: applying the result again is a duplicate', () => {
    const first = mergeSegment(holding(4), chain.slice(2), OPTIONS);
    expect(first.status).toBe('applied');
    expect(mergeSegment(holding(10), chain.slice(2), OPTIONS)).toEqual({ status: 'duplicate' });
  });
});
