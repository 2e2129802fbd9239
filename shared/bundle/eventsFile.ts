/**
 * `events.ndjson` (design §6.1): one event per line, each the canonical JSON of a whole
 * ledger event, each line ended by one `\n`. The reader checks the file against the
 * signed manifest (SHA-256, byte length, line count) before looking at any event, then
 * splits it into lines under a length cap and parses each strictly.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { canonicalJson, CanonicalJsonError, parseCanonicalBytes } from '../crypto/canonicalJson';
import type { JsonValue } from '../crypto/canonicalJson';
import type { LedgerEvent } from '../ledger/envelope';
import { concatBytes, toHex, utf8Encode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem } from './errors';
import { problem } from './errors';
import type { Inflated } from './inflate';
import type { BundleManifest } from './manifest';

const LF = 0x0a;

/** A parsed line: its 1-based number and its value (canonical JSON, not yet an event). */
export type ParsedLine = { line: number; value: JsonValue };

/**
 * The file's bytes for events already in bundle order.
 * @throws RangeError if an event's line is longer than `maxLineBytes` (the reader would refuse it)
 */
export function encodeEventsFile(events: readonly LedgerEvent[], maxLineBytes: number): Uint8Array {
  const lines = events.map((event, index) => {
    const bytes = utf8Encode(`${canonicalJson(event)}\n`);
    if (bytes.length - 1 > maxLineBytes) throw new RangeError(`encodeEventsFile: event ${index} is longer than ${maxLineBytes} bytes`);
    return bytes;
  });
  const out = new Uint8Array(lines.reduce((sum, line) => sum + line.length, 0));
  lines.reduce((offset, line) => (out.set(line, offset), offset + line.length), 0);
  return out;
}

/** Checks the inflated file against the manifest's `events`: size, SHA-256, then line count. */
export function checkEventsFile(file: Inflated, declared: BundleManifest['events']): Result<void, BundleProblem> {
  const mismatch = (what: 'bytes' | 'sha256' | 'count', expected: string, actual: string) =>
    err(problem('events-mismatch', { what, expected, actual }));
  if (file.bytes !== declared.bytes) return mismatch('bytes', String(declared.bytes), String(file.bytes));
  const hasher = sha256.create();
  let lineFeeds = 0;
  for (const chunk of file.chunks) {
    hasher.update(chunk);
    for (let at = chunk.indexOf(LF); at >= 0; at = chunk.indexOf(LF, at + 1)) lineFeeds += 1;
  }
  const digest = toHex(hasher.digest());
  if (digest !== declared.sha256) return mismatch('sha256', declared.sha256, digest);
  return lineFeeds === declared.count ? ok(undefined) : mismatch('count', String(declared.count), String(lineFeeds));
}

/**
 * Splits the file into lines of at most `maxLineBytes` and parses each as canonical
 * JSON: no whitespace, no duplicate keys, no `__proto__`/`constructor`/`prototype` keys,
 * no other spellings of the same value. Stops at the first bad line.
 */
export function parseEventLines(file: Inflated, maxLineBytes: number): Result<ParsedLine[], BundleProblem> {
  const parsed: ParsedLine[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  for (const chunk of file.chunks) {
    let start = 0;
    for (let at = chunk.indexOf(LF); at >= 0; at = chunk.indexOf(LF, start)) {
      const lineBytes = pendingBytes + at - start;
      if (lineBytes > maxLineBytes) return err(lineTooLong(parsed.length + 1, lineBytes, maxLineBytes));
      const line = pendingBytes === 0 ? chunk.subarray(start, at) : concatBytes(...pending, chunk.subarray(start, at));
      const value = parseLine(line, parsed.length + 1);
      if (!value.ok) return value;
      parsed.push(value.value);
      [pending, pendingBytes, start] = [[], 0, at + 1];
    }
    if (start < chunk.length) {
      pendingBytes += chunk.length - start;
      if (pendingBytes > maxLineBytes) return err(lineTooLong(parsed.length + 1, pendingBytes, maxLineBytes));
      pending.push(chunk.subarray(start));
    }
  }
  return pendingBytes === 0 ? ok(parsed) : err(badLine(parsed.length + 1, 'unterminated-line', 'the last line has no line feed'));
}

function parseLine(bytes: Uint8Array, line: number): Result<ParsedLine, BundleProblem> {
  if (bytes.length === 0) return err(badLine(line, 'empty-line', 'blank line'));
  try {
    return ok({ line, value: parseCanonicalBytes(bytes) });
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
