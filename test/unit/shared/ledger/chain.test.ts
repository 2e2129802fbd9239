import { createHash, webcrypto } from 'node:crypto';
import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import type { VerifyOptions } from '@shared/ledger/chain';
import { append, AppendError, hashEvent, headOf, sameHead, verifyChain, verifyChainAsync } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { fixedClock } from '@shared/util/clock';
import { aChainOf, aLedger, anEventDraft, appendDrafts, ledgerCreatedDraft } from '../../../builders/ledger';

const AFTER_ALL_EVENTS = fixedClock('2027-01-01T00:00:00.000Z');
const OPTIONS: VerifyOptions = { registry: coreEventRegistry, clock: AFTER_ALL_EVENTS };

async function webDigest(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await webcrypto.subtle.digest('SHA-256', bytes));
}

function withHash(event: Omit<LedgerEvent, 'hash'>): LedgerEvent {
  return { ...event, hash: hashEvent(event) };
}

describe('hashEvent', () => {
  it('is SHA-256 of the RFC 8785 form of every member but hash (checked with independent tools)', () => {
    const [event] = aChainOf(1);
    const { hash, ...rest } = event!;
    const independent = createHash('sha256').update(canonicalize(rest) ?? '', 'utf8').digest('hex');
    expect(hash).toBe(independent);
    expect(hashEvent(event!)).toBe(hash);
  });

  it('is stable for a fixed input (format regression guard)', () => {
    const event = {
      id: '0190b6a0-0000-7000-8000-000000000000',
      ledger: 'a'.repeat(64),
      seq: 1,
      type: 'user.added',
      subject: 'u1',
      occurredAt: '2026-11-26T10:00:00.000+03:00',
      recordedAt: '2026-11-26T07:00:01.000Z',
      author: { id: 'u0', name: 'أمينة' },
      payload: { userId: 'u1', name: 'Zoë', role: 'registrar' },
      prev: '',
    };
    expect(canonicalJson(event)).toBe(
      '{"author":{"id":"u0","name":"أمينة"},"id":"0190b6a0-0000-7000-8000-000000000000","ledger":"' +
        'a'.repeat(64) +
        '","occurredAt":"2026-11-26T10:00:00.000+03:00","payload":{"name":"Zoë","role":"registrar","userId":"u1"},' +
        '"prev":"","recordedAt":"2026-11-26T07:00:01.000Z","seq":1,"subject":"u1","type":"user.added"}',
    );
    expect(hashEvent(event)).toBe(createHash('sha256').update(canonicalJson(event), 'utf8').digest('hex'));
  });
});

describe('append', () => {
  it('links events: seq + 1, prev = previous hash, recordedAt from the clock in UTC', () => {
    const ledger = aLedger();
    const [first, second] = appendDrafts(ledger, null, [ledgerCreatedDraft(ledger), anEventDraft()]);
    expect(first).toMatchObject({ seq: 1, prev: '', ledger: ledger.ledger, recordedAt: '2026-11-26T08:00:00.000Z' });
    expect(second).toMatchObject({ seq: 2, prev: first!.hash, recordedAt: '2026-11-26T08:01:00.000Z' });
    expect(second!.hash).toBe(hashEvent(second!));
    expect(sameHead(headOf(second!), { ...headOf(second!), recordedAt: 'other' })).toBe(true);
  });

  it('detaches the payload from the draft', () => {
    const ledger = aLedger();
    const draft = ledgerCreatedDraft(ledger);
    const event = append(null, draft, ledger.ctx);
    (draft.payload as Record<string, unknown>).name = 'changed later';
    expect(event.hash).toBe(hashEvent(event));
  });

  it.each([
    ['a malformed draft', anEventDraft({ occurredAt: 'yesterday' }), 'bad-draft'],
    ['a payload its type refuses', anEventDraft({ payload: { userId: 'u1' } }), 'bad-payload'],
    ['an unknown type', anEventDraft({ type: 'custody.admitted' }), 'bad-payload'],
    ['a payload with a reserved key', anEventDraft({ payload: JSON.parse('{"__proto__":{}}') as Record<string, never> }), 'bad-payload'],
  ])('refuses %s', (_, draft, code) => {
    const ledger = aLedger();
    expect(() => append(null, draft, ledger.ctx)).toThrow(expect.objectContaining({ code }));
  });

  it('refuses a head of another ledger and an invalid author', () => {
    const ledger = aLedger();
    const [event] = aChainOf(1, { seed: 'other' });
    expect(() => append(headOf(event!), anEventDraft(), ledger.ctx)).toThrow(expect.objectContaining({ code: 'wrong-ledger' }));
    const badAuthor = { ...ledger.ctx, author: { id: 'u1', name: '' } };
    expect(() => append(null, anEventDraft(), badAuthor)).toThrow(AppendError);
  });
});

describe('verifyChain', () => {
  const chain = aChainOf(8);

  it('verifies a built chain and reports its head', () => {
    const result = verifyChain(chain, OPTIONS);
    expect(result).toEqual({ ok: true, head: headOf(chain.at(-1)!), count: 8, warnings: [] });
    expect(verifyChain([], OPTIONS)).toEqual({ ok: true, head: null, count: 0, warnings: [] });
  });

  it('verifies a segment from its start seq', () => {
    expect(verifyChain(chain.slice(3), { ...OPTIONS, startSeq: 4 })).toMatchObject({ ok: true, count: 5 });
    expect(verifyChain(chain.slice(3), { ...OPTIONS, startSeq: 4, startPrev: chain[2]!.hash })).toMatchObject({ ok: true });
    expect(verifyChain(chain.slice(3), { ...OPTIONS, startSeq: 4, startPrev: chain[1]!.hash })).toMatchObject({
      ok: false,
      reason: 'bad-prev',
      at: { seq: 4, index: 0 },
    });
  });

  it('reports a duplicate seq', () => {
    const doubled = [...chain.slice(0, 3), chain[2], ...chain.slice(3)];
    expect(verifyChain(doubled, OPTIONS)).toMatchObject({ ok: false, reason: 'duplicate-seq', at: { seq: 3, index: 3 } });
  });

  it('reports a second event claiming an existing seq', () => {
    const ledger = aLedger();
    const rival = append(headOf(chain[1]!), anEventDraft({ subject: 'rival' }), ledger.ctx);
    const result = verifyChain([...chain.slice(0, 3), rival], OPTIONS);
    expect(result).toMatchObject({ ok: false, reason: 'duplicate-seq', at: { seq: 3, index: 3 } });
  });

  it('reports events of another ledger', () => {
    const other = aChainOf(3, { seed: 'other' });
    expect(verifyChain([...chain.slice(0, 2), other[2]], OPTIONS)).toMatchObject({ ok: false, reason: 'wrong-ledger' });
    expect(verifyChain(chain, { ...OPTIONS, ledger: other[0]!.ledger })).toMatchObject({ ok: false, reason: 'wrong-ledger' });
  });

  it('reports schema failures: envelope, payload, reserved keys and unknown types', () => {
    const badPayload = withHash({ ...chain[1]!, payload: { userId: 'u1' } });
    // No hash can be computed over a reserved key, so it keeps the old one: the schema check comes first.
    const reserved = { ...chain[1]!, payload: JSON.parse('{"constructor":1}') as Record<string, never> };
    const unknown = withHash({ ...chain[1]!, type: 'custody.admitted' });
    const extra = { ...chain[1]!, extra: true };
    for (const bad of [badPayload, reserved, unknown, extra]) {
      expect(verifyChain([chain[0], bad], OPTIONS)).toMatchObject({ ok: false, reason: 'schema', at: { seq: 2, index: 1 } });
    }
    expect(verifyChain([chain[0], unknown], { ...OPTIONS, allowUnknownTypes: true })).toMatchObject({ ok: true, count: 2 });
    expect(verifyChain([chain[0], 'not an event'], OPTIONS)).toMatchObject({ ok: false, reason: 'schema', at: { seq: 2 } });
  });

  it('flags clock regressions and future timestamps as warnings, not failures', () => {
    const ledger = aLedger({ stepMs: -3_600_000 });
    const events = appendDrafts(ledger, null, [ledgerCreatedDraft(ledger), anEventDraft(), anEventDraft({ subject: 'u2' })]);
    const result = verifyChain(events, OPTIONS);
    expect(result.ok).toBe(true);
    expect(result.ok && result.warnings.map((w) => [w.kind, w.at.seq])).toEqual([
      ['clock-regression', 2],
      ['clock-regression', 3],
    ]);
    const early = verifyChain(chain, { ...OPTIONS, clock: fixedClock('2026-11-26T08:05:00.000Z'), futureToleranceMs: 0 });
    expect(early.ok && early.warnings.map((w) => [w.kind, w.at.seq])).toEqual([
      ['future-timestamp', 7],
      ['future-timestamp', 8],
    ]);
  });
});

describe('verifyChain: tampering properties', () => {
  const chain = aChainOf(10);
  const texts = chain.map((event) => canonicalJson(event));

  it('detects any changed byte of any event that still parses', () => {
    fc.assert(
      fc.property(fc.nat(chain.length - 1), fc.nat(), fc.integer({ min: 1, max: 255 }), (index, at, flip) => {
        const bytes = new TextEncoder().encode(texts[index]);
        const position = at % bytes.length;
        bytes[position] = (bytes[position] ?? 0) ^ flip;
        let mutated: unknown;
        try {
          mutated = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
        } catch {
          fc.pre(false);
        }
        let sameValue = false;
        try {
          sameValue = canonicalJson(mutated) === texts[index];
        } catch {
          sameValue = false;
        }
        fc.pre(!sameValue);
        const tampered = chain.map((event, i) => (i === index ? mutated : event));
        return !verifyChain(tampered, OPTIONS).ok;
      }),
      { numRuns: 300 },
    );
  });

  it('detects any reordering', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(chain, { minLength: chain.length, maxLength: chain.length }), (shuffled) => {
        fc.pre(shuffled.some((event, i) => event !== chain[i]));
        const result = verifyChain(shuffled, OPTIONS);
        return !result.ok && ['bad-order', 'seq-gap', 'duplicate-seq'].includes(result.reason);
      }),
      { numRuns: 200 },
    );
  });

  it('detects any dropped events except a dropped tail, which shows in the head', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(chain.length - 1), { minLength: 1 }), (dropped) => {
        const kept = chain.filter((_, i) => !dropped.includes(i));
        const result = verifyChain(kept, OPTIONS);
        const firstDropped = Math.min(...dropped);
        const isTail = dropped.length === chain.length - firstDropped;
        if (!isTail) return !result.ok;
        // A cut tail verifies; only comparing its head with the known one reveals the cut.
        const expectedHeadSeq = firstDropped === 0 ? undefined : firstDropped;
        return result.ok && result.head?.seq === expectedHeadSeq && !sameHead(result.head, headOf(chain.at(-1)!));
      }),
      { numRuns: 200 },
    );
  });

  it('verifyChainAsync agrees with verifyChain', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(chain.length - 1), fc.nat(chain.length - 1), async (a, b) => {
        const swapped = chain.map((event, i) => (i === a ? chain[b] : i === b ? chain[a] : event));
        const expected = verifyChain(swapped, OPTIONS);
        const actual = await verifyChainAsync(swapped, { ...OPTIONS, digest: webDigest });
        return JSON.stringify(actual) === JSON.stringify(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('verifyChainAsync reports the earliest failure across batches', async () => {
    const long = aChainOf(1100, { seed: 'long' });
    const broken = long.map((event, i) => (i === 1050 ? { ...event, subject: 'changed' } : event));
    expect(await verifyChainAsync(long, { ...OPTIONS, digest: webDigest })).toMatchObject({ ok: true, count: 1100 });
    expect(await verifyChainAsync(broken, { ...OPTIONS, digest: webDigest })).toMatchObject({
      ok: false,
      reason: 'bad-hash',
      at: { seq: 1051, index: 1050 },
    });
  });
});
