/**
 * The hot paths of RFC 8785 (verifying and importing events). fastCanonicalJson is a
 * one-pass serializer: canonicalJson.ts walks a value twice (once to check it is plain
 * JSON, once in the `canonicalize` library, which checks it again); this walks it once,
 * applying the same acceptance rules and the library's own formatting (JSON.stringify for
 * strings and numbers, members sorted by UTF-16 code units). isCanonicalParse proves a
 * parsed text canonical without serializing it the RFC's way at all. Neither reports why
 * something is refused: the caller falls back to the checked path, which throws the
 * precise CanonicalJsonError. So they may only ever be stricter than canonicalJson, never
 * looser; test/unit/shared/crypto/fastCanonicalJson.test.ts holds them to that against the
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

/**
 * Whether `text` is the canonical JSON text of `parsed`, which must be what JSON.parse made
 * of that very text (any other value could pass by a `toJSON`), proved without serializing
 * the RFC's way: JSON.stringify prints members in their own order and strings and numbers
 * exactly as the RFC (and canonicalJson) does, so if every object's members are already in
 * UTF-16 order, none is reserved, nothing is nested too deep and the stringified value is
 * the text, the text is canonical. A lone surrogate would be stringified as a `\udxxx`
 * escape (ES2019), so a text with such an escape is never proved here. False means "not
 * proved", not "refused": the caller asks canonicalJson, which names the problem if any.
 */
export function isCanonicalParse(text: string, parsed: unknown): boolean {
  return !text.includes('\\ud') && hasSortedPlainMembers(parsed, 0) && JSON.stringify(parsed) === text;
}

/** Members in UTF-16 order and none reserved, at every depth up to MAX_JSON_DEPTH. */
function hasSortedPlainMembers(value: unknown, depth: number): boolean {
  if (typeof value !== 'object' || value === null) return true;
  if (depth >= MAX_JSON_DEPTH) return false;
  // Index loops, not entries() or every(): this runs on every member of every imported event.
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) if (!hasSortedPlainMembers(value[index], depth + 1)) return false;
    return true;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  for (let index = 0; index < keys.length; index++) {
    const key = keys[index] as string;
    // Strictly increasing also refuses the integer-like keys that objects list out of text order.
    if ((index > 0 && !((keys[index - 1] as string) < key)) || RESERVED_KEYS.has(key)) return false;
    if (!hasSortedPlainMembers(record[key], depth + 1)) return false;
  }
  return true;
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
