import { describe, expect, it } from 'vitest';
import type { ReadProgress } from '@shared/bundle/read';
import { readBundle } from '@shared/bundle/read';
import { verifyRunInSlices } from '@shared/bundle/verifyRun';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import type { JsonValue } from '@shared/crypto/canonicalJson';
import { utf8Encode } from '@shared/util/bytes';
import { verifyChain } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, bundleFrom, optionsFor, TEST_CLOCK } from './bundleKit';

const facility = await anInstallation('progress-facility');
const adviser = await anInstallation('progress-adviser', 'Adviser B');
const events = aChainOf(10, { ledger: facility.ledger });
const values = events as unknown as JsonValue[];
const runOptions = { registry: coreEventRegistry, ledger: facility.ledger.ledger, startSeq: 1, clock: TEST_CLOCK };
/** WebCrypto's SHA-256, as the renderer passes it. */
const webDigest = async (bytes: Uint8Array) => new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));

describe('verifyRunInSlices', () => {
  it('gives verifyChain\'s verdict on the whole run, reporting after each slice', async () => {
    const reported: number[] = [];
    const result = await verifyRunInSlices(values, runOptions, (done) => { reported.push(done); }, 3);
    expect(result).toEqual(verifyChain(values, runOptions));
    expect(reported).toEqual([3, 6, 9, 10]);
  });

  it('names a tampered event in a later slice by its position in the run', async () => {
    const tampered = events.map((event, index) => (index === 7 ? { ...event, subject: 'changed' } : event)) as unknown as JsonValue[];
    const result = await verifyRunInSlices(tampered, runOptions, undefined, 3);
    expect(result).toEqual(verifyChain(tampered, runOptions));
    expect(result).toMatchObject({ ok: false, at: { index: 7, seq: 8 } });
  });

  it('checks the link across a slice boundary', async () => {
    const relinked: LedgerEvent[] = events.map((event, index) => (index === 6 ? { ...event, prev: events[4]?.hash ?? '' } : event));
    const result = await verifyRunInSlices(relinked, runOptions, undefined, 3);
    expect(result).toMatchObject({ ok: false, at: { index: 6, seq: 7 } });
  });
});

describe('verifyRunInSlices with an asynchronous digest', () => {
  const variants: [string, (run: LedgerEvent[]) => LedgerEvent[]][] = [
    ['valid', (run) => run],
    ['a changed member (bad hash) in a later slice', (run) => run.map((event, index) => (index === 7 ? { ...event, subject: 'changed' } : event))],
    ['a broken link across a slice boundary', (run) => run.map((event, index) => (index === 6 ? { ...event, prev: run[4]?.hash ?? '' } : event))],
    ['a seq gap', (run) => [...run.slice(0, 4), ...run.slice(5)]],
    ['a duplicate seq', (run) => [...run.slice(0, 5), run[3]!, ...run.slice(5)]],
    ['an invalid envelope after hashed events', (run) => run.map((event, index) => (index === 5 ? ({ ...event, seq: 'x' } as unknown as LedgerEvent) : event))],
    ['a bad hash then an invalid envelope in the same batch', (run) => run.map((event, index) => (index === 2 ? { ...event, subject: 'changed' } : index === 4 ? ({ ...event, id: 7 } as unknown as LedgerEvent) : event))],
  ];

  it.each(variants)('gives the synchronous verdict: %s', async (_name, change) => {
    const run = change(events) as unknown as JsonValue[];
    for (const slice of [3, 1000]) {
      const expected = await verifyRunInSlices(run, runOptions, undefined, slice);
      expect(await verifyRunInSlices(run, { ...runOptions, digest: webDigest }, undefined, slice)).toEqual(expected);
    }
  });

  it.each(variants)('gives the same verdict when the hashed bytes are cut from the lines: %s', async (_name, change) => {
    const run = change(events);
    const lines = run.map((event) => utf8Encode(canonicalJson(event as unknown as JsonValue)));
    const values = run as unknown as JsonValue[];
    for (const digest of [undefined, webDigest]) {
      const options = { ...runOptions, ...(digest ? { digest } : {}) };
      expect(await verifyRunInSlices(values, { ...options, lines }, undefined, 3)).toEqual(await verifyRunInSlices(values, options, undefined, 3));
    }
  });

  it('gives readBundle the same verified bundle', async () => {
    const written = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
    const plain = await readBundle(written.bytes, optionsFor(adviser, [facility]));
    expect(plain.ok).toBe(true);
    expect(await readBundle(written.bytes, optionsFor(adviser, [facility], undefined, { digest: webDigest }))).toEqual(plain);
  });
});

describe('readBundle progress', () => {
  it('reports each step in order, and the events verified up to the total', async () => {
    const written = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
    const seen: ReadProgress[] = [];
    const result = await readBundle(written.bytes, optionsFor(adviser, [facility], undefined, { onProgress: (progress) => { seen.push(progress); } }));
    expect(result.ok).toBe(true);
    expect([...new Set(seen.map((progress) => progress.step))]).toEqual(['decrypting', 'unpacking', 'verifying', 'continuity']);
    expect(seen.filter((progress) => progress.step === 'verifying').map((progress) => [progress.done, progress.total])).toEqual([[0, 10], [10, 10]]);
  });

  it('stops reporting at the failed check', async () => {
    const written = await bundleFrom(facility, events, { recipients: [adviser.recipient] });
    const seen: ReadProgress[] = [];
    const result = await readBundle(written.bytes, optionsFor(adviser, [], undefined, { onProgress: (progress) => { seen.push(progress); } }));
    expect(result).toMatchObject({ ok: false, error: { problem: { code: 'untrusted-sender' } } });
    expect(seen.map((progress) => progress.step)).toEqual(['decrypting']);
  });
});
