/**
 * Raw DEFLATE with the platform's native CompressionStream and DecompressionStream. Native
 * inflating is 2–3× faster than fflate's in Chromium (perf.md; re-measured by the ledger
 * benchmark); native deflating is about as fast as fflate at level 1 and compresses
 * better. Both are asynchronous, so they are only used where no transaction is open:
 * imports compress their pages before theirs starts, verification inflates pages it has
 * already read. Where the streams are missing, fflate stands in; both read and write
 * raw DEFLATE alike.
 */
import { deflateSync, inflateSync } from 'fflate';
import type { LedgerConfig } from './config';

type Level = LedgerConfig['deflateLevel'];

export async function deflateOutsideTransaction(bytes: Uint8Array, level: Level): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') return deflateSync(bytes, { level });
  try {
    const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    return deflateSync(bytes, { level });
  }
}

/**
 * Inflates a body that the AEAD has just authenticated: only this installation could have
 * written it, so its size needs no cap here (unlike a received bundle's).
 * @throws TypeError (or fflate's Error) if the bytes are not raw DEFLATE
 */
export async function inflateOutsideTransaction(bytes: Uint8Array): Promise<Uint8Array> {
  if (typeof DecompressionStream === 'undefined') return inflateSync(bytes);
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
