import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { inflateCapped } from '@shared/bundle/inflate';
import { bundleLimits } from '@shared/bundle/limits';
import { bucketFor, FIRST_BUCKET_BYTES, isBucketSize } from '@shared/bundle/padding';
import { readArchive } from '@shared/bundle/zipRead';
import { EVENTS_DEFLATE_LEVEL, writeArchive } from '@shared/bundle/zipWrite';
import type { EventsDeflate } from '@shared/bundle/zipWrite';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { zlibDeflate } from '../../../../cli/nodeDeflate';
import { deflateZeros } from './bundleKit';

const KIB = 1024;
const MIB = 1024 * KIB;

describe('size buckets', () => {
  it('start at 64 KiB and grow by a quarter, aligned to 4 KiB', () => {
    const buckets = [bucketFor(0)];
    while (buckets.length < 8) buckets.push(bucketFor(buckets.at(-1)! + 1));
    expect(buckets.map((b) => b / KIB)).toEqual([64, 80, 100, 128, 160, 200, 252, 316]);
    expect(bucketFor(65 * KIB)).toBe(80 * KIB);
    expect(isBucketSize(100 * KIB)).toBe(true);
    expect(isBucketSize(101 * KIB)).toBe(false);
    expect(() => bucketFor(-1)).toThrow(RangeError);
  });

  it('never more than a fifth of a bucket is padding, beyond the first', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST_BUCKET_BYTES, max: 1024 * MIB }), (size) => {
        const bucket = bucketFor(size);
        return bucket >= size && bucket - size <= bucket / 5 + 4 * KIB && bucket % (4 * KIB) === 0;
      }),
    );
  });
});

describe('writeArchive / readArchive', () => {
  const limits = bundleLimits();

  it('round-trips entries of any size and always lands on a bucket', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 87 }), fc.integer({ min: 0, max: 300_000 }), (manifest, signature, eventsLength) => {
        const events = new Uint8Array(eventsLength).map((_, i) => (i * 7919) % 251);
        const zip = writeArchive({ manifest, signature, events });
        expect(isBucketSize(zip.length)).toBe(true);
        const archive = readArchive(zip, limits);
        if (!archive.ok) throw new Error(JSON.stringify(archive.error));
        expect(archive.value.manifest).toEqual(manifest);
        expect(archive.value.signature).toEqual(signature);
        expect(archive.value.eventsDeclaredBytes).toBe(eventsLength);
        const inflated = inflateCapped(archive.value.eventsDeflated, eventsLength);
        expect(inflated.ok && inflated.value.bytes).toBe(eventsLength);
      }),
      { numRuns: 25 },
    );
  });

  it("writes an entry deflated by the caller's deflater with the very fields zipSync writes", () => {
    const fflateOutside: EventsDeflate = (events) => ({ deflated: deflateSync(events, { level: EVENTS_DEFLATE_LEVEL }), crc32: crc32(events) });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), fc.uint8Array({ maxLength: 87 }), fc.uint8Array({ maxLength: 100_000 }), (manifest, signature, events) => {
        expect(writeArchive({ manifest, signature, events }, fflateOutside)).toEqual(writeArchive({ manifest, signature, events }));
      }),
      { numRuns: 25 },
    );
  });

  it("reads back an archive deflated by the command-line tool's zlib, and standard unzip tests it", () => {
    const events = new TextEncoder().encode('{"seq":1}\n'.repeat(20_000));
    const zip = writeArchive({ manifest: new Uint8Array(200).fill(65), signature: new Uint8Array(87).fill(66), events }, zlibDeflate);
    expect(isBucketSize(zip.length)).toBe(true);
    const archive = readArchive(zip, limits);
    if (!archive.ok) throw new Error(JSON.stringify(archive.error));
    const inflated = inflateCapped(archive.value.eventsDeflated, events.length, undefined, 'contiguous');
    expect(inflated.ok && inflated.value.chunks[0]).toEqual(events);
    if (!existsSync('/usr/bin/unzip')) return;
    const dir = mkdtempSync(join(tmpdir(), 'habeas-zip-'));
    try {
      writeFileSync(join(dir, 'x.zip'), zip);
      expect(execFileSync('/usr/bin/unzip', ['-p', join(dir, 'x.zip'), 'events.ndjson'])).toEqual(Buffer.from(events));
      execFileSync('/usr/bin/unzip', ['-t', join(dir, 'x.zip')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('never throws on mutated archives: each is read or refused with a code', () => {
    const zip = writeArchive({ manifest: new Uint8Array(200).fill(65), signature: new Uint8Array(87).fill(66), events: new Uint8Array(5000).fill(67) });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: zip.length - 1 }), fc.integer({ min: 1, max: 255 }), fc.integer({ min: 0, max: 64 }), (at, xor, cut) => {
        const mutated = Uint8Array.from(zip);
        mutated[at] = (mutated[at] ?? 0) ^ xor;
        const result = readArchive(mutated.subarray(0, mutated.length - cut), limits);
        expect(result.ok || ['bad-zip', 'unsigned', 'too-large', 'bomb'].includes(result.error.code)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('inflateCapped', () => {
  it('stops a 200 MiB deflate bomb just past a 1 MiB cap, in slices of at most 4 KiB', () => {
    const started = performance.now();
    const result = inflateCapped(deflateZeros(200), MIB);
    expect(!result.ok && result.error).toMatchObject({ reason: 'over-cap' });
    const produced = !result.ok && result.error.reason === 'over-cap' ? result.error.producedBytes : Infinity;
    expect(produced).toBeGreaterThan(MIB);
    expect(produced).toBeLessThan(MIB + 4.2 * MIB);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('accepts output exactly at the cap, refuses one byte more, and reports corrupt streams', () => {
    const data = new Uint8Array(100_000).map((_, i) => i % 13);
    const deflated = deflateSync(data);
    expect(inflateCapped(deflated, data.length).ok).toBe(true);
    expect(inflateCapped(deflated, data.length - 1)).toMatchObject({ ok: false, error: { reason: 'over-cap' } });
    expect(inflateCapped(deflated.subarray(0, 100), data.length)).toMatchObject({ ok: false, error: { reason: 'corrupt' } });
    expect(inflateCapped(Uint8Array.of(0xff, 0xff, 0xff), 10)).toMatchObject({ ok: false, error: { reason: 'corrupt' } });
  });

  it('holds the output in one piece when asked, with the same verdicts', () => {
    const data = new Uint8Array(100_000).map((_, i) => i % 13);
    const deflated = deflateSync(data);
    const whole = inflateCapped(deflated, data.length, undefined, 'contiguous');
    expect(whole.ok && whole.value.chunks.length).toBe(1);
    expect(whole.ok && whole.value.chunks[0]).toEqual(data);
    expect(inflateCapped(deflated, data.length - 1, undefined, 'contiguous')).toMatchObject({ ok: false, error: { reason: 'over-cap' } });
    expect(inflateCapped(deflated.subarray(0, 100), data.length, undefined, 'contiguous')).toMatchObject({ ok: false, error: { reason: 'corrupt' } });
    const bomb = inflateCapped(deflateZeros(200), MIB, undefined, 'contiguous');
    const produced = !bomb.ok && bomb.error.reason === 'over-cap' ? bomb.error.producedBytes : Infinity;
    expect(produced).toBeLessThan(MIB + 4.2 * MIB);
  });

  it('clamps the slice size to 4 KiB', () => {
    const result = inflateCapped(deflateZeros(8), 16 * MIB, 1024 * KIB);
    expect(result.ok && Math.max(...result.value.chunks.map((chunk) => chunk.length))).toBeLessThan(4.2 * MIB);
  });
});
