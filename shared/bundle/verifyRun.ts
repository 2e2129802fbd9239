/**
 * Verifying one ledger's run of lines (envelope and payload schemas, hashes, `prev`
 * links) in slices of VERIFY_SLICE_EVENTS events, each slice starting where the last one
 * ended (its seq, the `prev` it must link to, the recordedAt before it), so that a
 * caller can be told how far verification is between slices. The result is the one
 * verifyChain gives for the whole run at once: positions are counted from the run's start.
 * Given an asynchronous SHA-256 (WebCrypto in the renderer, about 3× faster in bulk;
 * perf.md) each slice is verified by verifyChainAsync instead, with the same result.
 */
import type { ChainFailure, ChainPosition, ClockWarning } from '../ledger/chainSteps';
import type { ChainVerified, VerifyOptions } from '../ledger/chain';
import { verifyChain, verifyChainAsync } from '../ledger/chain';
import type { LedgerEvent } from '../ledger/envelope';
import type { JsonValue } from '../crypto/canonicalJson';
import type { AsyncDigest } from '../crypto/hash';

/** Events verified between two progress reports. */
export const VERIFY_SLICE_EVENTS = 20_000;

/** Called after each slice with the number of events of the run verified so far; awaited. */
export type SliceProgress = (verified: number) => Promise<void> | void;

type RunOptions = Pick<VerifyOptions, 'registry' | 'clock' | 'lines'> & {
  ledger: string;
  startSeq: number;
  /** SHA-256 for the event hashes; the synchronous one (verifyChain) when absent. */
  digest?: AsyncDigest;
  /**
   * The event just before the run's first, when the run continues one verified elsewhere
   * (a part of a longer run checked on its own): the run then links to it as a slice does.
   */
  after?: Pick<LedgerEvent, 'seq' | 'hash' | 'recordedAt'>;
};

function shifted(at: ChainPosition, offset: number): ChainPosition {
  return { ...at, index: at.index + offset };
}

function shiftedWarning(warning: ClockWarning, offset: number): ClockWarning {
  return { ...warning, at: shifted(warning.at, offset) };
}

/** Where the slice starting at `offset` continues from: the previous slice's last event. */
function continuation(values: readonly JsonValue[], offset: number, options: RunOptions): VerifyOptions {
  const { registry, clock, ledger, startSeq } = options;
  const base: VerifyOptions = { ledger, startSeq, ...(registry ? { registry } : {}), ...(clock ? { clock } : {}) };
  const previous = offset === 0 ? options.after : (values[offset - 1] as LedgerEvent | undefined);
  if (previous === undefined) return base;
  return { ...base, startSeq: previous.seq + 1, startPrev: previous.hash, previousRecordedAt: previous.recordedAt };
}

/** Verifies one slice with the digest given, or synchronously without one. */
async function verifySlice(slice: readonly JsonValue[], options: VerifyOptions, digest: AsyncDigest | undefined): Promise<ChainVerified | ChainFailure> {
  return digest === undefined ? verifyChain(slice, options) : verifyChainAsync(slice, { ...options, digest });
}

/** verifyChain over `values`, slice by slice, reporting progress after each. */
export async function verifyRunInSlices(
  values: readonly JsonValue[],
  options: RunOptions,
  onSlice?: SliceProgress,
  sliceEvents: number = VERIFY_SLICE_EVENTS,
): Promise<ChainVerified | ChainFailure> {
  const warnings: ClockWarning[] = [];
  let head: ChainVerified['head'] = null;
  for (let offset = 0; offset < values.length; offset += sliceEvents) {
    // Each earlier slice verified, so every value before `offset` is a linked ledger event.
    const sliceOptions = continuation(values, offset, options);
    if (options.lines) sliceOptions.lines = options.lines.slice(offset, offset + sliceEvents);
    const result = await verifySlice(values.slice(offset, offset + sliceEvents), sliceOptions, options.digest);
    if (!result.ok) return { ...result, at: shifted(result.at, offset) };
    warnings.push(...result.warnings.map((warning) => shiftedWarning(warning, offset)));
    head = result.head ?? head;
    await onSlice?.(Math.min(offset + sliceEvents, values.length));
  }
  return { ok: true, head, count: values.length, warnings };
}
