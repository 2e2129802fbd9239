/**
 * A one-pass RFC 8785 serializer for the hot paths (verifying and importing events).
 * canonicalJson.ts walks a value twice (once to check it is plain JSON, once in the
 * `canonicalize` library, which checks it again); this walks it once, applying the same
 * acceptance rules and the library's own formatting (JSON.stringify for strings and
 * numbers, members sorted by UTF-16 code units). It never reports why a value is refused:
 * it returns undefined and the caller falls back to the checked path, which throws the
 * precise CanonicalJsonError. So it may only ever be stricter than canonicalJson, never
 * looser; test/unit/shared/crypto/fastCanonicalJson.test.ts holds it to that against the
 * library and the RFC's vectors.
 */

/** Member names never accepted in canonical JSON, at any depth (see canonicalJson.ts). */
export const RESERVED_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Deepest nesting accepted. Far above any event or manifest, low enough that the
 * recursive serializers can never exhaust the stack on hostile input.
 */
export const MAX_JSON_DEPTH = 64;

const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

type WellFormedString = string & { isWellFormed?: () => boolean };

// The native check is several times faster than the regex on the long strings of events.
const hasNativeWellFormed = typeof (String.prototype as WellFormedString).isWellFormed === 'function';

function isWellFormed(text: string): boolean {
  return hasNativeWellFormed ? (text as WellFormedString).isWellFormed?.() === true : !LONE_SURROGATE.test(text);
}

/** The canonical JSON text of a plain-JSON value, or undefined if it is anything else. */
export function fastCanonicalJson(value: unknown): string | undefined {
  return valueText(value, 0);
}

/**
 * The canonical JSON text of the plain object `value` without its member `omitted` (the
 * hashed form of an event is the event without `hash`), or undefined if it is anything else.
 */
export function fastCanonicalJsonWithout(value: unknown, omitted: string): string | undefined {
  if (!isPlainObject(value)) return undefined;
  return objectText(value, 0, omitted);
}

function valueText(value: unknown, depth: number): string | undefined {
  switch (typeof value) {
    case 'string':
      return isWellFormed(value) ? JSON.stringify(value) : undefined;
    case 'number':
      return Number.isFinite(value) ? JSON.stringify(value) : undefined;
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (depth >= MAX_JSON_DEPTH) return undefined;
      if (Array.isArray(value)) return arrayText(value, depth);
      return isPlainObject(value) ? objectText(value, depth, undefined) : undefined;
    case 'bigint':
    case 'function':
    case 'symbol':
    case 'undefined':
      return undefined;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return (prototype === Object.prototype || prototype === null) && Object.getOwnPropertySymbols(value).length === 0;
}

function arrayText(array: readonly unknown[], depth: number): string | undefined {
  // Holes and extra named properties are refused by the checked path: refuse them here too.
  if (Object.getPrototypeOf(array) !== Array.prototype || Object.keys(array).length !== array.length) return undefined;
  let text = '[';
  for (let index = 0; index < array.length; index++) {
    const item = valueText(array[index], depth + 1);
    if (item === undefined) return undefined;
    text += index === 0 ? item : `,${item}`;
  }
  return `${text}]`;
}

function objectText(object: Record<string, unknown>, depth: number, omitted: string | undefined): string | undefined {
  const keys = Object.keys(object).sort();
  let text = '{';
  for (const key of keys) {
    if (key === omitted) continue;
    if (RESERVED_KEYS.has(key) || !isWellFormed(key)) return undefined;
    const member = valueText(object[key], depth + 1);
    if (member === undefined) return undefined;
    text += `${text.length === 1 ? '' : ','}${JSON.stringify(key)}:${member}`;
  }
  return `${text}}`;
}
