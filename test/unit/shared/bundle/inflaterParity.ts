/**
 * One suite for every inflater the readers may pass to readBundle (the app's native
 * stream, the command-line tool's zlib): the same output, the same cap and the same
 * verdicts as fflate's inflateCapped on the cases that test inflation.
 */
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { AsyncInflate } from '@shared/bundle/inflate';
import { inflateCapped } from '@shared/bundle/inflate';
import { readBundle } from '@shared/bundle/read';
import { aChainOf } from '../../../builders/ledger';
import { anInstallation, craftBundle, deflateZeros, optionsFor } from './bundleKit';

const MIB = 2 ** 20;
const data = new Uint8Array(300_000).map((_, index) => (index * 7) % 251);
const deflated = deflateSync(data);

export function describeInflaterParity(name: string, inflate: AsyncInflate): void {
  describe(`${name} against fflate`, () => {
    it('gives the same output, in pieces or in one buffer', async () => {
      for (const layout of ['pieces', 'contiguous'] as const) {
        const result = await inflate(deflated, data.length, layout);
        const pieces = result.ok ? result.value.chunks : [];
        expect(result.ok && result.value.bytes).toBe(data.length);
        expect(new Uint8Array(await new Blob(pieces as Uint8Array<ArrayBuffer>[]).arrayBuffer())).toEqual(data);
        if (layout === 'contiguous') expect(pieces).toHaveLength(1);
      }
    });

    it('accepts output exactly at the cap, refuses one byte more, and reports corrupt streams', async () => {
      const cases: [Uint8Array, number][] = [
        [deflated, data.length],
        [deflated, data.length - 1],
        [deflated.subarray(0, 100), data.length],
        [Uint8Array.of(0xff, 0xff, 0xff), 10],
      ];
      for (const [bytes, cap] of cases) {
        const [expected, found] = [inflateCapped(bytes, cap), await inflate(bytes, cap, 'pieces')];
        expect(found.ok).toBe(expected.ok);
        if (!found.ok && !expected.ok) expect(found.error.reason).toBe(expected.error.reason);
      }
    });

    it('stops a 200 MiB deflate bomb soon after a 1 MiB cap', async () => {
      const result = await inflate(deflateZeros(200), MIB, 'contiguous');
      expect(!result.ok && result.error).toMatchObject({ reason: 'over-cap' });
      const produced = !result.ok && result.error.reason === 'over-cap' ? result.error.producedBytes : Infinity;
      expect(produced).toBeGreaterThan(MIB);
      expect(produced).toBeLessThan(MIB + 8 * MIB);
    });

    it('gives readBundle the same verdicts', async () => {
      const facility = await anInstallation(`${name}-facility`);
      const adviser = await anInstallation(`${name}-adviser`, 'Adviser B');
      const events = aChainOf(6, { ledger: facility.ledger });
      const options = optionsFor(adviser, [facility]);
      const withEvents = (bytes: Uint8Array, size: number, declared?: number) =>
        craftBundle(facility, {
          events,
          encryptTo: [adviser.recipient],
          ...(declared === undefined ? {} : { manifest: (m) => ({ ...m, events: { ...m.events, bytes: declared } }) }),
          entries: ([m, s]) => [m!, s!, { name: 'events.ndjson', data: bytes, method: 8, size }],
        });
      const files = [
        await craftBundle(facility, { events, encryptTo: [adviser.recipient] }),
        await withEvents(deflateZeros(200), MIB, MIB),
        await withEvents(deflated.subarray(0, 200), data.length),
        await withEvents(Uint8Array.of(0xff, 0xff, 0xff, 0xff), 4),
      ];
      for (const file of files) {
        const [expected, found] = [await readBundle(file, options), await readBundle(file, { ...options, inflate })];
        if (expected.ok) expect(found).toEqual(expected);
        else expect(found.ok || [found.error.problem.code, found.error.problem.check]).toEqual([expected.error.problem.code, expected.error.problem.check]);
      }
    });
  });
}
