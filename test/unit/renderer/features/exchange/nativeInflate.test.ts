/**
 * The app's native inflater against fflate's (shared/bundle/inflate.ts): the same output,
 * the same cap, the same verdicts on the bundles that test inflation. Node's
 * DecompressionStream stands in for Chromium's here; the two differ only on data after
 * the end of the stream (Chromium refuses it), which FORMAT.md describes.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateCapped } from '@shared/bundle/inflate';
import { readBundle } from '@shared/bundle/read';
import type { ReadBundleOptions } from '@shared/bundle/read';
import { aChainOf } from '../../../../builders/ledger';
import { nativeInflate } from '../../../../../renderer/features/exchange/import/nativeInflate';
import { anInstallation, craftBundle, deflateZeros, optionsFor } from '../../../shared/bundle/bundleKit';

const MIB = 2 ** 20;
const data = new Uint8Array(300_000).map((_, index) => (index * 7) % 251);
const deflated = deflateSync(data);

describe('nativeInflate', () => {
  it('gives fflate’s output, in pieces or in one buffer', async () => {
    for (const layout of ['pieces', 'contiguous'] as const) {
      const native = await nativeInflate(deflated, data.length, layout);
      expect(native.ok && native.value.bytes).toBe(data.length);
      const pieces = native.ok ? native.value.chunks : [];
      expect(new Uint8Array(await new Blob(pieces as Uint8Array<ArrayBuffer>[]).arrayBuffer())).toEqual(data);
      if (layout === 'contiguous') expect(pieces).toHaveLength(1);
    }
  });

  it('accepts output exactly at the cap, refuses one byte more, and reports corrupt streams as fflate does', async () => {
    const cases: [Uint8Array, number][] = [
      [deflated, data.length],
      [deflated, data.length - 1],
      [deflated.subarray(0, 100), data.length],
      [Uint8Array.of(0xff, 0xff, 0xff), 10],
    ];
    for (const [bytes, cap] of cases) {
      const expected = inflateCapped(bytes, cap);
      const native = await nativeInflate(bytes, cap, 'pieces');
      expect(native.ok).toBe(expected.ok);
      if (!native.ok && !expected.ok) expect(native.error.reason).toBe(expected.error.reason);
    }
  });

  it('stops a 200 MiB deflate bomb soon after a 1 MiB cap', async () => {
    const result = await nativeInflate(deflateZeros(200), MIB, 'contiguous');
    expect(!result.ok && result.error).toMatchObject({ reason: 'over-cap' });
    const produced = !result.ok && result.error.reason === 'over-cap' ? result.error.producedBytes : Infinity;
    expect(produced).toBeLessThan(MIB + 8 * MIB);
  });
});

const facility = await anInstallation('native-inflate-facility');
const adviser = await anInstallation('native-inflate-adviser', 'Adviser B');
const events = aChainOf(6, { ledger: facility.ledger });
const options = optionsFor(adviser, [facility]);
const native: ReadBundleOptions = { ...options, inflate: nativeInflate };

describe('readBundle with the native inflater', () => {  const withEvents = (data: Uint8Array, size: number) =>
    craftBundle(facility, { events, encryptTo: [adviser.recipient], entries: ([m, s]) => [m!, s!, { name: 'events.ndjson', data, method: 8, size }] });

  it('verifies a good bundle to the same result', async () => {
    const file = await craftBundle(facility, { events, encryptTo: [adviser.recipient] });
    const expected = await readBundle(file, options);
    expect(expected.ok).toBe(true);
    expect(await readBundle(file, native)).toEqual(expected);
  });

  it.each<[string, () => Promise<Uint8Array>]>([
    ['a deflate bomb under the signed size', () => craftBundle(facility, {
      events,
      encryptTo: [adviser.recipient],
      manifest: (m) => ({ ...m, events: { ...m.events, bytes: MIB } }),
      entries: ([m, s]) => [m!, s!, { name: 'events.ndjson', data: deflateZeros(200), method: 8, size: MIB }],
    })],
    ['a truncated deflate stream', () => withEvents(deflated.subarray(0, 200), data.length)],
    ['bytes that are not deflate', () => withEvents(Uint8Array.of(0xff, 0xff, 0xff, 0xff), 4)],
  ])('refuses %s with the same problem', async (_name, make) => {
    const file = await make();
    const expected = await readBundle(file, options);
    const found = await readBundle(file, native);
    expect(found.ok || found.error.problem.code).toBe(expected.ok || expected.error.problem.code);
    expect(found.ok || found.error.problem.check).toBe(expected.ok || expected.error.problem.check);
  });
});
