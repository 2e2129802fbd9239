/**
 * Reading an event's `hash` member straight from its canonical JSON bytes. A bundle's
 * reader holds each event's line as the file carried it, already proven canonical; the
 * bytes a hash covers (the canonical JSON without `hash`) and the check that a line is a
 * given event's then need no serializing again, which costs more than the hashing.
 *
 * Every quote inside a JSON string is escaped, so `"hash":"` can only be a member name
 * followed by a string. In canonical key order the envelope's own `hash` comes right
 * after `author`, whose members are `id` and `name`, and before `id`: its first
 * occurrence is the envelope's, and a comma always follows its value.
 */
import { utf8Encode } from '../util/bytes';

const LINE_FEED = 0x0a;
const QUOTE = 0x22;
const COMMA = 0x2c;
const HASH_MEMBER = utf8Encode('"hash":"');
const HASH_HEX_LENGTH = 64;
/** `"hash":"` + 64 hex digits + `"` + `,`. */
const HASH_MEMBER_BYTES = HASH_MEMBER.length + HASH_HEX_LENGTH + 2;

function startsAt(line: Uint8Array, at: number): boolean {
  for (let offset = 1; offset < HASH_MEMBER.length; offset++) {
    if (line[at + offset] !== HASH_MEMBER[offset]) return false;
  }
  return true;
}

/** Where the envelope's `"hash":"<64 characters>",` begins, or -1 if the line has none. */
function hashMemberAt(line: Uint8Array): number {
  for (let at = line.indexOf(QUOTE); at >= 0; at = line.indexOf(QUOTE, at + 1)) {
    if (!startsAt(line, at)) continue;
    const end = at + HASH_MEMBER_BYTES;
    return line[end - 2] === QUOTE && line[end - 1] === COMMA ? at : -1;
  }
  return -1;
}

/** Whether the canonical JSON of an event carries `hash` as its `hash` member. */
export function carriesHash(line: Uint8Array, hash: string): boolean {
  const at = hashMemberAt(line);
  if (at < 0 || hash.length !== HASH_HEX_LENGTH) return false;
  const start = at + HASH_MEMBER.length;
  for (let index = 0; index < HASH_HEX_LENGTH; index++) {
    if (line[start + index] !== hash.charCodeAt(index)) return false;
  }
  return true;
}

/**
 * The canonical JSON of the event without its `hash` member, cut from the canonical line
 * (removing one member of a canonical object leaves the others canonical and in order),
 * or undefined if the line has no such member.
 */
export function unhashedBytesOf(line: Uint8Array): Uint8Array | undefined {
  const at = hashMemberAt(line);
  if (at < 0) return undefined;
  const out = takeFromPool(line.length - HASH_MEMBER_BYTES);
  out.set(line.subarray(0, at));
  out.set(line.subarray(at + HASH_MEMBER_BYTES), at);
  return out;
}

/**
 * Allocating a buffer per event cost more than cutting the bytes (a million a bundle), so
 * results are views into a shared pool, handed out once each and never reused: a pool
 * is collected when the last view into it is dropped.
 */
const POOL_BYTES = 1024 * 1024;
let pool = new Uint8Array(0);
let poolUsed = 0;

function takeFromPool(length: number): Uint8Array {
  if (length > POOL_BYTES / 4) return new Uint8Array(length);
  if (poolUsed + length > pool.length) {
    pool = new Uint8Array(POOL_BYTES);
    poolUsed = 0;
  }
  poolUsed += length;
  return pool.subarray(poolUsed - length, poolUsed);
}

/** NDJSON bytes: each line (an event's canonical JSON, without line feed) followed by a line feed. */
export function ndjsonOf(lines: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(lines.reduce((sum, line) => sum + line.length + 1, 0));
  let offset = 0;
  for (const line of lines) {
    out.set(line, offset);
    offset += line.length;
    out[offset++] = LINE_FEED;
  }
  return out;
}
