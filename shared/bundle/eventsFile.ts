/**
 * `events.ndjson` (design §6.1): one event per line, each the canonical JSON of a whole
 * ledger event, each line ended by one `\n`. The reader checks the file against the
 * signed manifest (SHA-256, byte length, line count) before looking at any event, then
 * splits it into lines under a length cap and parses each strictly.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson, CanonicalJsonError, parseCanonical, parseCanonicalBytes } from '../crypto/canonicalJson';
import type { JsonValue } from '../crypto/canonicalJson';
import type { AsyncDigest } from '../crypto/hash';
import { ndjsonOf } from '../ledger/canonicalLine';
import type { LedgerEvent } from '../ledger/envelope';
import { concatBytes, toHex, utf8Decode, utf8Encode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem } from './errors';
import { problem } from './errors';
import type { Inflated } from './inflate';
import type { BundleManifest } from './manifest';

const LF = 0x0a;
const RELEASED = new Uint8Array(0);

/**
 * A parsed line: its 1-based number, its value (canonical JSON, not yet an event) and its
 * bytes without the line feed (a view into the file), which importers store as they are.
 */
export type ParsedLine = { line: number; value: JsonValue; bytes: Uint8Array };

/**
 * The file's bytes for events already in bundle order.
 * @throws RangeError if an event's line is longer than `maxLineBytes` (the reader would refuse it)
 */
export function encodeEventsFile(events: readonly LedgerEvent[], maxLineBytes: number): Uint8Array {
  return eventsFileOfLines(
    events.map((event) => utf8Encode(canonicalJson(event))),
    maxLineBytes,
  );
}

/**
 * The file's bytes for events' canonical lines (without line feeds) already in bundle order.
 * @throws RangeError if a line is longer than `maxLineBytes` (the reader would refuse it)
 */
export function eventsFileOfLines(lines: readonly Uint8Array[], maxLineBytes: number): Uint8Array {
  const tooLong = lines.findIndex((line) => line.length > maxLineBytes);
  if (tooLong >= 0) throw new RangeError(`eventsFileOfLines: event ${tooLong} is longer than ${maxLineBytes} bytes`);
  return ndjsonOf(lines);
}

/**
 * Checks the inflated file against the manifest's `events`: size, SHA-256, then line count.
 * The SHA-256 is `digest`'s when given and the file is in one piece (WebCrypto hashes a
 * large buffer several times faster than the synchronous library), the synchronous one otherwise.
 */
export async function checkEventsFile(file: Inflated, declared: BundleManifest['events'], digest?: AsyncDigest): Promise<Result<void, BundleProblem>> {
  const mismatch = (what: 'bytes' | 'sha256' | 'count', expected: string, actual: string) =>
    err(problem('events-mismatch', { what, expected, actual }));
  if (file.bytes !== declared.bytes) return mismatch('bytes', String(declared.bytes), String(file.bytes));
  const hash = digest !== undefined && file.chunks.length <= 1 ? await digest(file.chunks[0] ?? new Uint8Array(0)) : piecewiseSha256(file.chunks);
  const actual = toHex(hash);
  if (actual !== declared.sha256) return mismatch('sha256', declared.sha256, actual);
  let lineFeeds = 0;
  for (const chunk of file.chunks) {
    for (let at = chunk.indexOf(LF); at >= 0; at = chunk.indexOf(LF, at + 1)) lineFeeds += 1;
  }
  return lineFeeds === declared.count ? ok(undefined) : mismatch('count', String(declared.count), String(lineFeeds));
}

function piecewiseSha256(chunks: readonly Uint8Array[]): Uint8Array {
  const hasher = sha256.create();
  for (const chunk of chunks) hasher.update(chunk);
  return hasher.digest();
}

/**
 * Complete lines are decoded from UTF-8 in batches of about this many bytes: one decoder
 * call per batch instead of one per line. Decoding a batch and splitting it at its line
 * feeds gives the same texts as decoding each line (a line feed byte is never part of a
 * multi-byte character); a batch that is not valid UTF-8 is read again line by line, to
 * name the bad line exactly as before.
 */
const DECODE_BATCH_BYTES = 256 * 1024;

/**
 * Splits the file into lines of at most `maxLineBytes` and parses each as canonical
 * JSON: no whitespace, no duplicate keys, no `__proto__`/`constructor`/`prototype` keys,
 * no other spellings of the same value. Stops at the first bad line.
 * NOTE: consumes the file: the reader's chunks are released once their lines are parsed;
 * the lines' bytes (views into the chunks) keep only the bytes, never the decoded text.
 */
export function parseEventLines(file: Inflated, maxLineBytes: number): Result<ParsedLine[], BundleProblem> {
  const parsed: ParsedLine[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for (let index = 0; index < file.chunks.length; index++) {
    const chunk = file.chunks[index] ?? RELEASED;
    file.chunks[index] = RELEASED;
    let start = 0;
    // Complete lines of this chunk found but not parsed yet: [batchStart, start).
    let batchStart = 0;
    for (let at = chunk.indexOf(LF); at >= 0; at = chunk.indexOf(LF, start)) {
      const lineBytes = pendingBytes + at - start;
      if (lineBytes > maxLineBytes) {
        // The lines before it are judged first, as they come first.
        const before = parseBatch(chunk.subarray(batchStart, start), parsed);
        return before.ok ? err(lineTooLong(parsed.length + 1, lineBytes, maxLineBytes)) : before;
      }
      if (pendingBytes > 0) {
        // Only a chunk's first line continues the one before: the batch is empty here.
        const value = parseLine(concatBytes(...pending, chunk.subarray(start, at)), parsed.length + 1);
        if (!value.ok) return value;
        parsed.push(value.value);
        [pending, pendingBytes, batchStart] = [[], 0, at + 1];
      } else if (at + 1 - batchStart >= DECODE_BATCH_BYTES) {
        const batch = parseBatch(chunk.subarray(batchStart, at + 1), parsed);
        if (!batch.ok) return batch;
        batchStart = at + 1;
      }
      start = at + 1;
    }
    const batch = parseBatch(chunk.subarray(batchStart, start), parsed);
    if (!batch.ok) return batch;
    if (start < chunk.length) {
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) return err(lineTooLong(parsed.length + 1, pendingBytes, maxLineBytes));
      pending.push(chunk.subarray(start));
    }
  }
  return pendingBytes === 0 ? ok(parsed) : err(badLine(parsed.length + 1, 'unterminated-line', 'the last line has no line feed'));
}

/** Parses complete lines (each ended by `\n`, none longer than the cap), appending them to `parsed`. */
function parseBatch(bytes: Uint8Array, parsed: ParsedLine[]): Result<void, BundleProblem> {
  if (bytes.length === 0) return ok(undefined);
  let texts: string[];
  try {
    texts = utf8Decode(bytes).split('\n');
  } catch {
    return parseLineByLine(bytes, parsed);
  }
  // The batch ends with a line feed: the last piece is empty and no line.
  let start = 0;
  for (let index = 0; index < texts.length - 1; index++) {
    const end = bytes.indexOf(LF, start);
    const value = parseText(texts[index] ?? '', parsed.length + 1, bytes.subarray(start, end));
    if (!value.ok) return value;
    parsed.push(value.value);
    start = end + 1;
  }
  return ok(undefined);
}

/** parseBatch decoding each line on its own, so that invalid UTF-8 is named at its line. */
function parseLineByLine(bytes: Uint8Array, parsed: ParsedLine[]): Result<void, BundleProblem> {
  let start = 0;
  for (let at = bytes.indexOf(LF); at >= 0; at = bytes.indexOf(LF, start)) {
    const value = parseLine(bytes.subarray(start, at), parsed.length + 1);
    if (!value.ok) return value;
    parsed.push(value.value);
    start = at + 1;
  }
  return ok(undefined);
}

function parseLine(bytes: Uint8Array, line: number): Result<ParsedLine, BundleProblem> {
  if (bytes.length === 0) return err(badLine(line, 'empty-line', 'blank line'));
  try {
    return ok({ line, value: parseCanonicalBytes(bytes), bytes });
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return err(badLine(line, error.code, `${error.code} at ${error.path}`));
  }
}

/** parseLine for a line already decoded from valid UTF-8; `bytes` are the ones decoded. */
function parseText(text: string, line: number, bytes: Uint8Array): Result<ParsedLine, BundleProblem> {
  if (text.length === 0) return err(badLine(line, 'empty-line', 'blank line'));
  try {
    return ok({ line, value: parseCanonical(text), bytes });
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return err(badLine(line, error.code, `${error.code} at ${error.path}`));
  }
}

/** A bad-event problem at a line whose event could not be read (so no seq or ledger). */
export function badLine(line: number, reason: string, detail: string): BundleProblem {
  return problem('bad-event', { line, seq: null, ledger: null, reason, detail });
}

function lineTooLong(line: number, bytes: number, limit: number): BundleProblem {
  return badLine(line, 'line-too-long', `${bytes} bytes, over the limit of ${limit}`);
}
