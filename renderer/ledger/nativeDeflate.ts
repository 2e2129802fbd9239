/**
 * Raw DEFLATE with the platform's native CompressionStream, several times faster than
 * fflate in Chromium (perf.md measured the same for inflating). It is asynchronous, so it
 * is only used where no transaction is open: imports compress their pages before theirs
 * starts. Where the stream is missing, fflate's synchronous deflate stands in; both
 * produce raw DEFLATE, which inflateSync reads alike.
 */
import { deflateSync } from 'fflate';
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
