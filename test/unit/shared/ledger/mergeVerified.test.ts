import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { append, headOf, verifyChain } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { KnownLedger, MergeOptions } from '@shared/ledger/merge';
import { mergeSegment, mergeVerifiedSegment } from '@shared/ledger/merge';
import { fixedClock } from '@shared/util/clock';
import { aChainOf, aLedger, anEventDraft } from '../../../builders/ledger';

const OPTIONS: MergeOptions = { registry: coreEventRegistry, clock: fixedClock('2027-01-01T00:00:00.000Z') };
const chain = aChainOf(10);
const other = aChainOf(10, { ledger: aLedger({ seed: 'another ledger' }) });
const rewritten = rewrittenFrom(5);

function rewrittenFrom(from: number): LedgerEvent[] {
  const ledger = aLedger();
  const events = chain.slice(0, from - 1);
  for (let seq = from; seq <= chain.length; seq++) {
    const previous = events.at(-1);
    events.push(append(previous ? headOf(previous) : null, anEventDraft({ subject: `rewrite-${seq}` }), ledger.ctx));
  }
  return events;
}

/** A held prefix of `held`, its head's recordedAt optionally moved later (to provoke a clock regression). */
function holding(held: readonly LedgerEvent[], count: number, withHashes: boolean, laterClock: boolean): KnownLedger {
  const last = held[count - 1];
  const head = last ? { ...headOf(last), ...(laterClock ? { recordedAt: '2030-01-01T00:00:00.000Z' } : {}) } : null;
  return { head, ...(withHashes ? { hashAt: (seq: number) => held[seq - 1]?.hash } : {}) };
}

describe('mergeVerifiedSegment', () => {
  it('gives mergeSegment’s verdict for a segment already verified as the bundle reader does', () => {
    const sources = [chain, other, rewritten];
    fc.assert(
      fc.property(
        fc.record({
          heldFrom: fc.nat(2),
          held: fc.nat(10),
          from: fc.nat(2),
          start: fc.integer({ min: 0, max: 9 }),
          length: fc.nat(10),
          withHashes: fc.boolean(),
          laterClock: fc.boolean(),
        }),
        ({ heldFrom, held, from, start, length, withHashes, laterClock }) => {
          const known = holding(sources[heldFrom] ?? chain, held, withHashes, laterClock);
          const segment = (sources[from] ?? chain).slice(start, start + length);
          const first = segment[0];
          const verified = verifyChain(segment, { ...OPTIONS, ...(first ? { ledger: first.ledger, startSeq: first.seq } : {}) });
          if (!verified.ok) return;
          expect(mergeVerifiedSegment(known, segment, verified)).toEqual(mergeSegment(known, segment, OPTIONS));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
