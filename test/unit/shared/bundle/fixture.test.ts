/** The checked-in v1 bundle (test/fixtures/bundles/v1) must keep importing, byte for byte the same result. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inspectBundle } from '@shared/bundle/inspect';
import { describeBundleProblem } from '@shared/bundle/messages';
import { readBundle } from '@shared/bundle/read';
import { trustedSendersFromCards } from '@shared/bundle/signature';
import { verifyChain } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import { parseIdentityCard } from '@shared/ledger/identity';
import { TEST_CLOCK } from './bundleKit';

const dir = new URL('../../../fixtures/bundles/v1/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dir));
const expected = JSON.parse(read('expected.json').toString()) as Record<string, unknown>;
const identity = read('adviser.agekey').toString().split('\n').find((line) => line.startsWith('AGE-SECRET-KEY-1')) ?? '';
const card = parseIdentityCard(read('sender.habeas-card').toString());

describe('bundle format v1 fixture', () => {
  it('still imports, with the same manifest hash, events and head', async () => {
    if (!card.ok) throw new Error(`fixture card: ${card.error}`);
    const result = await readBundle(new Uint8Array(read('fixture-v1.habeas')), {
      identity,
      trustedSenders: trustedSendersFromCards([card.value]),
      known: () => undefined,
      knownLedgers: () => undefined,
      registry: coreEventRegistry,
      clock: TEST_CLOCK,
    });
    if (!result.ok) throw new Error(describeBundleProblem(result.error.problem));
    const { manifest, manifestHash, segments } = result.value;
    expect(manifestHash).toBe(expected.manifestHash);
    expect(manifest.events.count).toBe(expected.eventCount);
    const [segment] = segments;
    if (segment?.status !== 'applied') throw new Error('expected applied events');
    expect(segment.head).toMatchObject({ ledger: expected.ledger, seq: expected.headSeq, hash: expected.headHash });
    expect(verifyChain(segment.newEvents, { registry: coreEventRegistry, clock: TEST_CLOCK }).ok).toBe(true);
    expect(segment.newEvents.map((event) => event.payload.name)).toContain('أمينة يوسف');
  });

  it('shows only its size and stanza types without a key', () => {
    const seen = inspectBundle(new Uint8Array(read('fixture-v1.habeas')));
    expect(seen).toMatchObject({ isAge: true, stanzas: [{ type: 'X25519', count: 1 }], plaintextBytes: expected.archiveBytes });
  });
});
