/**
 * Two installations at the shared level (security.md §7 items 18, 19): facility A writes
 * events and bundles them to adviser B; B reads, holds what it applied, and reads the
 * next increments. Replays, stale and out-of-order bundles, broken bundle chains and
 * forks are decided by continuity, after every other check passed.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { BundleProblemCode } from '@shared/bundle/errors';
import { describeBundleProblem } from '@shared/bundle/messages';
import { readBundle } from '@shared/bundle/read';
import type { VerifiedBundle } from '@shared/bundle/read';
import type { WrittenBundle } from '@shared/bundle/write';
import { append, headOf, verifyChain } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { aChainOf, aLedger, appendDrafts, userAddedDraft } from '../../../builders/ledger';
import type { Holdings } from './bundleKit';
import { anInstallation, bundleFrom, emptyHoldings, optionsFor, TEST_CLOCK } from './bundleKit';

const a = await anInstallation('facility-a', 'Facility X');
const b = await anInstallation('adviser-b', 'Adviser B');
const to = { recipients: [b.recipient] };
const first = aChainOf(10, { ledger: a.ledger });
const second = appendDrafts(a.ledger, headOf(first[9]!), [11, 12, 13, 14, 15].map(userAddedDraft));
const third = appendDrafts(a.ledger, headOf(second[4]!), [16, 17, 18].map(userAddedDraft));
const bundle1 = await bundleFrom(a, first, to);
const bundle2 = await bundleFrom(a, second, to, { bundleSeq: 2, prevBundle: bundle1.manifestHash });
const bundle3 = await bundleFrom(a, third, to, { bundleSeq: 3, prevBundle: bundle2.manifestHash });

let holdings: Holdings;
let imported: Set<string>;
beforeEach(() => {
  holdings = emptyHoldings();
  imported = new Set();
});

/** B reads a bundle and, if it verifies, applies it to its holdings as one unit. */
async function receive(written: WrittenBundle): Promise<VerifiedBundle> {
  const result = await readBundle(written.bytes, optionsFor(b, [a], holdings));
  if (!result.ok) throw new Error(describeBundleProblem(result.error.problem));
  for (const segment of result.value.segments) {
    if (segment.status !== 'applied') continue;
    const held = holdings.events.get(segment.segment.ledger) ?? [];
    holdings.events.set(segment.segment.ledger, [...held, ...segment.newEvents]);
  }
  imported.add(result.value.manifestHash);
  holdings.continuity.set(a.ledger.ledger, { ...result.value.continuity, isImported: (hash) => imported.has(hash) });
  return result.value;
}

async function refused(written: WrittenBundle, code: BundleProblemCode) {
  const result = await readBundle(written.bytes, optionsFor(b, [a], holdings));
  if (result.ok) throw new Error(`expected ${code}`);
  expect(result.error.problem.code).toBe(code);
  return result.error;
}

describe('two installations', () => {
  it('B imports A\'s first bundle, then the increment only; both chains verify', async () => {
    expect((await receive(bundle1)).newEventCount).toBe(10);
    const increment = await receive(bundle2);
    expect(increment.newEventCount).toBe(5);
    expect(increment.segments[0]).toMatchObject({ status: 'applied', newEvents: second });
    const held = holdings.events.get(a.ledger.ledger) ?? [];
    expect(held).toEqual([...first, ...second]);
    expect(verifyChain(held, { registry: coreEventRegistry, clock: TEST_CLOCK })).toMatchObject({ ok: true, count: 15 });
  });

  it('a replay of bundle 1, before or after bundle 2, is a no-op that says so', async () => {
    await receive(bundle1);
    const again = await refused(bundle1, 'replay');
    expect(describeBundleProblem(again.problem)).toBe('Bundle 1 from Facility X was already imported — nothing changed.');
    await receive(bundle2);
    await refused(bundle1, 'replay');
    expect(holdings.events.get(a.ledger.ledger)).toHaveLength(15);
  });

  it('bundle 3 before bundle 2 is kept pending; it applies once bundle 2 arrives', async () => {
    await receive(bundle1);
    const early = await refused(bundle3, 'pending');
    expect(early.problem.params).toMatchObject({ bundleSeq: 3, missingBundleSeq: 2, missingFrom: 11, missingTo: 15 });
    expect(describeBundleProblem(early.problem)).toBe('Bundle 2 from Facility X is missing; bundle 3 is kept until it arrives.');
    expect(early.signed?.manifestHash).toBe(bundle3.manifestHash);
    await receive(bundle2);
    expect((await receive(bundle3)).newEventCount).toBe(3);
  });

  it('a cumulative bundle that skips a number is accepted with a warning', async () => {
    await receive(bundle1);
    const cumulative = await bundleFrom(a, [...first, ...second, ...third], to, { bundleSeq: 4, prevBundle: 'c'.repeat(64) });
    const result = await receive(cumulative);
    expect(result.newEventCount).toBe(8);
    expect(result.warnings).toContainEqual({ kind: 'bundle-gap', from: 2, to: 3 });
  });

  it('an older bundle never imported is stale; another bundle with the last number conflicts', async () => {
    await receive(bundle1);
    await receive(bundle2);
    const olderUnseen = await bundleFrom(a, first.slice(0, 5), to, { bundleSeq: 1 });
    await refused(olderUnseen, 'stale');
    const sameNumber = await bundleFrom(a, second.slice(0, 2), to, { bundleSeq: 2, prevBundle: bundle1.manifestHash });
    await refused(sameNumber, 'conflicting-bundle');
  });

  it('the next bundle with another prevBundle breaks the bundle chain', async () => {
    await receive(bundle1);
    await refused(await bundleFrom(a, second, to, { bundleSeq: 2, prevBundle: 'f'.repeat(64) }), 'broken-bundle-chain');
  });

  it('a rewritten history is a fork, rejected with evidence', async () => {
    await receive(bundle1);
    const rewritten: LedgerEvent[] = [...first.slice(0, 7)];
    for (const seq of [8, 9, 10, 11]) {
      rewritten.push(append(headOf(rewritten.at(-1)!), { ...userAddedDraft(seq), subject: `rewritten-${seq}` }, aLedger({ seed: 'facility-a' }).ctx));
    }
    const forged = await bundleFrom(a, rewritten, to, { bundleSeq: 2, prevBundle: bundle1.manifestHash });
    const fork = await refused(forged, 'fork');
    expect(fork.problem.params).toMatchObject({ forkedLedger: a.ledger.ledger, seq: 8, knownHash: first[7]!.hash, incomingHash: rewritten[7]!.hash });
    expect(describeBundleProblem(fork.problem)).toMatch(/^Two different histories for ledger [0-9a-f]{12} at entry 8 — possible tampering\.$/);
    expect(fork.signed?.manifest.bundleSeq).toBe(2);
    expect(holdings.events.get(a.ledger.ledger)).toHaveLength(10);
  });

  it('a segment below the known head without hashes to compare is unverifiable', async () => {
    await receive(bundle1);
    const options = { ...optionsFor(b, [a], holdings), knownLedgers: () => ({ head: headOf(first[9]!) }) };
    const partial = await bundleFrom(a, first.slice(0, 4), to, { bundleSeq: 2, prevBundle: bundle1.manifestHash });
    const result = await readBundle(partial.bytes, options);
    expect(!result.ok && result.error.problem.code).toBe('unverifiable');
  });
});
