/**
 * Byte and text conversions for shared/ code, which runs without DOM or Node globals
 * (no TextEncoder, no Buffer). Every decoder is strict: malformed input throws instead
 * of being repaired, because silently "fixed" bytes would hash or verify differently.
 */
import { base64urlnopad, hex, utf8 } from '@scure/base';

const HEX_PATTERN = /^(?:[0-9a-fA-F]{2})*$/;
const BASE64URL_PATTERN = /^[A-Za-z0-9_-]*$/;

/**
 * UTF-8 bytes of a string. Throws a TypeError on a lone surrogate, which has no UTF-8
 * form (the platform TextEncoder would silently replace it with U+FFFD).
 */
export function utf8Encode(text: string): Uint8Array {
  // @scure/base names its directions from the string's point of view: decode(string) → bytes.
  return utf8.decode(text);
}

/** The string encoded by UTF-8 bytes. Throws a TypeError on invalid UTF-8 (fatal decoding). */
export function utf8Decode(bytes: Uint8Array): string {
  return utf8.encode(bytes);
}

/** Lowercase hexadecimal of the bytes. */
export function toHex(bytes: Uint8Array): string {
  return hex.encode(bytes);
}

/** Bytes of a hexadecimal string (either case, even length). Throws a TypeError otherwise. */
export function fromHex(text: string): Uint8Array {
  if (!HEX_PATTERN.test(text)) throw new TypeError('fromHex: expected an even number of hex digits');
  return hex.decode(text.toLowerCase());
}

/** Base64url of the bytes, without padding (RFC 4648 §5), as design §6.1 requires for keys. */
export function toBase64url(bytes: Uint8Array): string {
  return base64urlnopad.encode(bytes);
}

/**
 * Bytes of an unpadded base64url string. Throws a TypeError on padding, characters
 * outside the URL-safe alphabet or non-canonical trailing bits, so each byte string has
 * exactly one accepted encoding.
 */
export function fromBase64url(text: string): Uint8Array {
  if (!BASE64URL_PATTERN.test(text)) throw new TypeError('fromBase64url: unexpected character or padding');
  let bytes: Uint8Array;
  try {
    bytes = base64urlnopad.decode(text);
  } catch {
    throw new TypeError('fromBase64url: malformed encoding');
  }
  if (base64urlnopad.encode(bytes) !== text) throw new TypeError('fromBase64url: non-canonical encoding');
  return bytes;
}

/**
 * Whether two byte strings are equal, taking time that depends only on their lengths,
 * so comparing a MAC or hash does not reveal how many leading bytes matched.
 */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return difference === 0;
}

/** One byte string made of the given ones in order. */
export function concatBytes(...parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
