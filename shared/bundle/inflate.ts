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
  const chunks: Uint8Array[] = [];
  const whole = layout === 'contiguous' ? outputBuffer(capBytes) : undefined;
  // Written from fflate's callback, so held in an object the compiler does not narrow.
  const state = { produced: 0, isOverCap: false };
  const inflater = new Inflate((chunk) => {
    const at = state.produced;
    state.produced += chunk.length;
    if (state.produced > capBytes) {
      state.isOverCap = true;
      // Thrown through fflate's push: the only way to stop it mid-slice.
      throw new RangeError('inflate cap reached');
    }
    if (whole !== undefined) whole.set(chunk, at);
    else if (chunk.length > 0) chunks.push(chunk);
  });
  try {
    let offset = 0;
    do {
      const end = Math.min(offset + slice, deflated.length);
      inflater.push(deflated.subarray(offset, end), end === deflated.length);
      offset = end;
    } while (offset < deflated.length);
  } catch (error) {
    if (state.isOverCap) return err({ reason: 'over-cap', producedBytes: state.produced });
    if (isFlateError(error)) return err({ reason: 'corrupt' });
    throw error;
  }
  if (whole !== undefined) return ok({ chunks: state.produced === 0 ? [] : [whole.subarray(0, state.produced)], bytes: state.produced });
  return ok({ chunks, bytes: state.produced });
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
