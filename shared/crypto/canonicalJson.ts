/**
 * RFC 8785 (JCS) canonical JSON: the one byte form of a JSON value that hashes and
 * signatures are computed over (design §6.1). Serialization itself is the `canonicalize`
 * library's, or for plain JSON the one-pass fastCanonicalJson.ts's, tested equal to it;
 * this module decides what may be serialized at all. Anything that is not plain JSON
 * (undefined, functions, NaN, class instances, lone surrogates) is refused instead of
 * being silently dropped or coerced, and so are the keys `__proto__`, `constructor` and
 * `prototype`, which turn into prototype pollution further down the line (security.md T2 c).
 */
import canonicalize from 'canonicalize';
import { utf8Decode } from '../util/bytes';
import { fastCanonicalJson, isCanonicalParse, MAX_JSON_DEPTH, RESERVED_KEYS } from './fastCanonicalJson';

/** A JSON value as JSON.parse produces it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | JsonObject;
/** A JSON object. */
export type JsonObject = { [key: string]: JsonValue };

export { MAX_JSON_DEPTH, RESERVED_KEYS } from './fastCanonicalJson';

/** Why a value or text was refused. */
export const CANONICAL_JSON_ERROR_CODES = [
  'not-json',
  'non-finite-number',
  'lone-surrogate',
  'reserved-key',
  'cycle',
  'too-deep',
  'syntax',
  'not-canonical',
] as const;
/** One of CANONICAL_JSON_ERROR_CODES. */
export type CanonicalJsonErrorCode = (typeof CANONICAL_JSON_ERROR_CODES)[number];

/** Thrown when a value cannot be canonical JSON, or a text is not canonical JSON. */
export class CanonicalJsonError extends Error {
  override readonly name = 'CanonicalJsonError';
  /**
   * @param code - what is wrong
   * @param path - where, as `$.member[index]`; names members, never values
   */
  constructor(
    readonly code: CanonicalJsonErrorCode,
    readonly path: string,
  ) {
    super(`${code} at ${path}`);
  }
}

// With the `u` flag a surrogate pair is one code point, so only unpaired halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;
const PLAIN_MEMBER_NAME = /^[A-Za-z_$][\w$]{0,39}$/;
const MEMBER_NAME_SHOWN_CHARS = 40;

/**
 * Asserts that the value is plain JSON that canonicalJson accepts.
 * @throws CanonicalJsonError naming the first offending path
 */
export function assertJsonValue(value: unknown): asserts value is JsonValue {
  checkValue(value, '$', 0, new Set());
}

/**
 * The RFC 8785 canonical JSON text of a value.
 * @throws CanonicalJsonError if the value is not plain JSON (see module comment)
 */
export function canonicalJson(value: unknown): string {
  // Plain JSON, the usual case, takes one pass; anything else gets the checked path's error.
  const fast = fastCanonicalJson(value);
  if (fast !== undefined) return fast;
  return checkedCanonicalJson(value);
}

/**
 * canonicalJson by the `canonicalize` library after a separate check: slower, and the
 * reference that fastCanonicalJson is tested against.
 * @throws CanonicalJsonError if the value is not plain JSON (see module comment)
 */
export function checkedCanonicalJson(value: unknown): string {
  assertJsonValue(value);
  const text = canonicalize(value);
  if (text === undefined) throw new CanonicalJsonError('not-json', '$');
  return text;
}

/**
 * Parses a text that must already be canonical: duplicate members, whitespace, other
 * number or escape spellings and member order other than RFC 8785's are all refused,
 * so the text is exactly the bytes that were hashed or signed.
 * @throws CanonicalJsonError ('syntax', 'not-canonical' or any canonicalJson code)
 */
export function parseCanonical(text: string): JsonValue {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new CanonicalJsonError('syntax', '$');
  }
  if (isCanonicalParse(text, value)) return value as JsonValue;
  // canonicalJson throws unless the value is plain JSON, so a match also proves that.
  if (canonicalJson(value) !== text) throw new CanonicalJsonError('not-canonical', '$');
  return value as JsonValue;
}

/**
 * parseCanonical over UTF-8 bytes; invalid UTF-8 (or a byte-order mark) is a syntax error.
 * @throws CanonicalJsonError
 */
export function parseCanonicalBytes(bytes: Uint8Array): JsonValue {
  let text: string;
  try {
    text = utf8Decode(bytes);
  } catch {
    throw new CanonicalJsonError('syntax', '$');
  }
  return parseCanonical(text);
}

function checkValue(value: unknown, path: string, depth: number, ancestors: Set<object>): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new CanonicalJsonError('non-finite-number', path);
    return;
  }
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) throw new CanonicalJsonError('lone-surrogate', path);
    return;
  }
  if (typeof value !== 'object') throw new CanonicalJsonError('not-json', path);
  if (depth >= MAX_JSON_DEPTH) throw new CanonicalJsonError('too-deep', path);
  if (ancestors.has(value)) throw new CanonicalJsonError('cycle', path);
  ancestors.add(value);
  if (Array.isArray(value)) checkArray(value, path, depth, ancestors);
  else checkObject(value, path, depth, ancestors);
  ancestors.delete(value);
}

function checkArray(array: unknown[], path: string, depth: number, ancestors: Set<object>): void {
  // Holes and extra named properties would be serialized as null or dropped: refuse both.
  if (Object.getPrototypeOf(array) !== Array.prototype || Object.keys(array).length !== array.length) {
    throw new CanonicalJsonError('not-json', path);
  }
  array.forEach((item, index) => {
    checkValue(item, `${path}[${index}]`, depth + 1, ancestors);
  });
}

function checkObject(object: object, path: string, depth: number, ancestors: Set<object>): void {
  const prototype: unknown = Object.getPrototypeOf(object);
  // Class instances (Date, Map, Uint8Array …) have no single JSON form; symbol keys are invisible.
  const isPlain = prototype === Object.prototype || prototype === null;
  if (!isPlain || Object.getOwnPropertySymbols(object).length > 0) {
    throw new CanonicalJsonError('not-json', path);
  }
  for (const [key, child] of Object.entries(object)) {
    const childPath = memberPath(path, key);
    if (RESERVED_KEYS.has(key)) throw new CanonicalJsonError('reserved-key', childPath);
    if (LONE_SURROGATE.test(key)) throw new CanonicalJsonError('lone-surrogate', childPath);
    checkValue(child, childPath, depth + 1, ancestors);
  }
}

/** Paths end up in logs: odd member names are shown escaped and shortened, never raw. */
function memberPath(path: string, key: string): string {
  if (PLAIN_MEMBER_NAME.test(key)) return `${path}.${key}`;
  return `${path}[${JSON.stringify(key.slice(0, MEMBER_NAME_SHOWN_CHARS))}]`;
}
