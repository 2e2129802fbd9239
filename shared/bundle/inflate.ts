/**
 * Inflates `events.ndjson` with a hard output cap (security.md T2 a). fflate's streaming
 * inflater is fed small slices of the compressed data; every piece of output is counted
 * as it appears and inflation stops as soon as the count passes the cap. One slice of
 * INFLATE_SLICE_BYTES inflates to at most about 4 MiB, so neither memory nor work can
 * run far past the cap, whatever the archive's headers claim.
 */
import { Inflate } from 'fflate';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { INFLATE_SLICE_BYTES } from './limits';

/** Inflated output: the pieces the inflater produced, or one piece (see InflateLayout). */
export type Inflated = { chunks: Uint8Array[]; bytes: number };
/** Why inflation stopped: output past the cap (with how much was seen), or invalid deflate data. */
export type InflateProblem = { reason: 'over-cap'; producedBytes: number } | { reason: 'corrupt' };

/**
 * How the output is held: in the inflater's own pieces, or copied into one buffer of
 * `capBytes` allocated up front ('contiguous': no more memory than the pieces, and the
 * whole file can then be hashed in one call, e.g. by WebCrypto). When a buffer that size
 * cannot be allocated, the output is held in pieces instead.
 */
export type InflateLayout = 'pieces' | 'contiguous';

/**
 * An inflater with inflateCapped's contract, e.g. the platform's native one, which the
 * app and the command-line tool pass to readBundle (ReadBundleOptions.inflate): raw
 * DEFLATE in, at most `capBytes` out, stopped soon after its output passes the cap (so
 * memory stays near the cap whatever the data), held as `layout` says.
 */
export type AsyncInflate = (deflated: Uint8Array, capBytes: number, layout: InflateLayout) => Promise<Result<Inflated, InflateProblem>>;

/**
 * Inflates raw DEFLATE data, refusing to produce more than `capBytes`.
 * @param sliceBytes - compressed bytes per push; tests may lower it, never raise it past INFLATE_SLICE_BYTES
 */
export function inflateCapped(
  deflated: Uint8Array,
  capBytes: number,
  sliceBytes: number = INFLATE_SLICE_BYTES,
  layout: InflateLayout = 'pieces',
): Result<Inflated, InflateProblem> {
  const slice = Math.max(1, Math.min(sliceBytes, INFLATE_SLICE_BYTES));
  const sink = inflateSink(capBytes, layout);
  const inflater = new Inflate((chunk) => {
    // Thrown through fflate's push: the only way to stop it mid-slice.
    if (!sink.add(chunk)) throw new RangeError('inflate cap reached');
  });
  try {
    let offset = 0;
    do {
      const end = Math.min(offset + slice, deflated.length);
      inflater.push(deflated.subarray(offset, end), end === deflated.length);
      offset = end;
    } while (offset < deflated.length);
  } catch (error) {
    if (sink.produced() > capBytes) return err({ reason: 'over-cap', producedBytes: sink.produced() });
    if (isFlateError(error)) return err({ reason: 'corrupt' });
    throw error;
  }
  return ok(sink.result());
}

/** Where an inflater's output goes, counted against the cap as it appears. */
export type InflateSink = {
  /** Takes a piece of output; false (and the piece dropped) once the count passes the cap. */
  add(chunk: Uint8Array): boolean;
  /** Bytes produced so far, the refused piece included. */
  produced(): number;
  result(): Inflated;
};

export function inflateSink(capBytes: number, layout: InflateLayout): InflateSink {
  const chunks: Uint8Array[] = [];
  const whole = layout === 'contiguous' ? outputBuffer(capBytes) : undefined;
  let produced = 0;
  return {
    add(chunk) {
      const at = produced;
      produced += chunk.length;
      if (produced > capBytes) return false;
      if (whole !== undefined) whole.set(chunk, at);
      else if (chunk.length > 0) chunks.push(chunk);
      return true;
    },
    produced: () => produced,
    result: () => (whole === undefined ? { chunks, bytes: produced } : { chunks: produced === 0 ? [] : [whole.subarray(0, produced)], bytes: produced }),
  };
}

/** A zeroed buffer of `bytes`, or undefined if the platform cannot allocate one that large. */
function outputBuffer(bytes: number): Uint8Array | undefined {
  try {
    return new Uint8Array(bytes);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/** fflate's errors carry a numeric `code` (FlateErrorCode). */
function isFlateError(error: unknown): boolean {
  return error instanceof Error && 'code' in error && typeof error.code === 'number';
}
