import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  canonicalJson,
  CanonicalJsonError,
  MAX_JSON_DEPTH,
  parseCanonical,
  parseCanonicalBytes,
  RESERVED_KEYS,
} from '@shared/crypto/canonicalJson';
import { fromHex, toHex, utf8Encode } from '@shared/util/bytes';
import rfc8785 from '../../../fixtures/crypto/rfc8785.json';

function ieee754(hex: string): number {
  return new DataView(fromHex(hex).buffer).getFloat64(0);
}

function codeOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    if (error instanceof CanonicalJsonError) return error.code;
    throw error;
  }
  return undefined;
}

describe('canonicalJson: RFC 8785 vectors', () => {
  it.each(rfc8785.numbers)('serializes IEEE 754 $ieee754 as $expected', ({ ieee754: hex, expected }) => {
    const value = ieee754(hex);
    if (expected === null) expect(codeOf(() => canonicalJson(value))).toBe('non-finite-number');
    else expect(canonicalJson(value)).toBe(expected);
  });

  it.each(rfc8785.examples)('$name', ({ input, expected, expectedUtf8Hex }) => {
    const text = canonicalJson(JSON.parse(input));
    expect(text).toBe(expected);
    expect(toHex(utf8Encode(text))).toBe(expectedUtf8Hex);
  });

  it('sorts members by UTF-16 code units (§3.2.3)', () => {
    const text = canonicalJson(JSON.parse(rfc8785.sorting.input));
    // Read the order off the text: a parsed object would list the integer-like key "1" first.
    const valuesInTextOrder = Array.from(text.matchAll(/:"([^"]*)"/g), (match) => match[1]);
    expect(valuesInTextOrder).toEqual(rfc8785.sorting.expectedValueOrder);
    expect(text.startsWith('{"\\r":"Carriage Return","1":"One","\u0080":"Control"')).toBe(true);
  });
});

describe('canonicalJson: what is not JSON is refused', () => {
  const cases: [string, unknown, string][] = [
    ['undefined', undefined, 'not-json'],
    ['a member that is undefined', { a: undefined }, 'not-json'],
    ['a function', { f: () => 1 }, 'not-json'],
    ['a symbol', [Symbol('s')], 'not-json'],
    ['a bigint', { n: 1n }, 'not-json'],
    ['NaN', { n: Number.NaN }, 'non-finite-number'],
    ['-Infinity', [Number.NEGATIVE_INFINITY], 'non-finite-number'],
    ['a lone surrogate in a value', { s: 'a\uDC00' }, 'lone-surrogate'],
    ['a lone surrogate in a key', { ['k\uD800']: 1 }, 'lone-surrogate'],
    ['a Date', { d: new Date(0) }, 'not-json'],
    ['a byte array', { b: new Uint8Array(2) }, 'not-json'],
    ['a Map', new Map(), 'not-json'],
    ['an array hole', Object.assign(new Array<unknown>(3), { 0: 1, 2: 3 }), 'not-json'],
    ['an array with a named member', Object.assign([1], { extra: 2 }), 'not-json'],
    ['a symbol-keyed member', { [Symbol('x')]: 1 }, 'not-json'],
    ['__proto__ from JSON.parse', JSON.parse('{"a":{"__proto__":{"polluted":true}}}'), 'reserved-key'],
    ['constructor', { constructor: 'x' }, 'reserved-key'],
    ['prototype', { nested: [{ prototype: 1 }] }, 'reserved-key'],
  ];
  it.each(cases)('%s', (_, value, code) => {
    expect(codeOf(() => canonicalJson(value))).toBe(code);
  });

  it('refuses cycles and excessive depth', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(codeOf(() => canonicalJson(cyclic))).toBe('cycle');
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = [deep];
    expect(codeOf(() => canonicalJson(deep))).toBe('too-deep');
  });

  it('accepts shared references and null-prototype objects', () => {
    const shared = { x: 1 };
    const bare = Object.assign(Object.create(null) as Record<string, unknown>, { b: 2, a: 1 });
    expect(canonicalJson({ p: shared, q: shared })).toBe('{"p":{"x":1},"q":{"x":1}}');
    expect(canonicalJson(bare)).toBe('{"a":1,"b":2}');
  });

  it('names the path without the value', () => {
    try {
      canonicalJson({ payload: { list: [0, Number.NaN] } });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CanonicalJsonError);
      expect((error as CanonicalJsonError).path).toBe('$.payload.list[1]');
    }
  });
});

describe('parseCanonical', () => {
  it('accepts canonical text', () => {
    expect(parseCanonical('{"a":[1,"x",null],"b":{}}')).toEqual({ a: [1, 'x', null], b: {} });
  });

  it('accepts canonical text that only the checked path can prove', () => {
    expect(parseCanonical('{"10":1,"9":2,"a":3}')).toEqual({ 10: 1, 9: 2, a: 3 });
    expect(parseCanonical('["\\\\ud"]')).toEqual(['\\ud']);
    const { input } = rfc8785.sorting;
    expect(parseCanonical(canonicalize(JSON.parse(input)) ?? '')).toEqual(JSON.parse(input));
  });

  it.each([
    ['duplicate members', '{"a":1,"a":1}'],
    ['whitespace', '{"a": 1}'],
    ['unsorted members', '{"b":1,"a":2}'],
    ['another number spelling', '[1.0]'],
    ['an unneeded escape', '["\\u0041"]'],
    ['an uppercase escape', '["\\u001F"]'],
  ])('refuses %s', (_, text) => {
    expect(codeOf(() => parseCanonical(text))).toBe('not-canonical');
  });

  it('refuses reserved keys and malformed input', () => {
    expect(codeOf(() => parseCanonical('{"__proto__":{}}'))).toBe('reserved-key');
    expect(codeOf(() => parseCanonical('{"a":1}x'))).toBe('syntax');
    expect(codeOf(() => parseCanonical('[1e400]'))).toBe('non-finite-number');
    expect(codeOf(() => parseCanonical('["\\ud800"]'))).toBe('lone-surrogate');
    expect(codeOf(() => parseCanonicalBytes(Uint8Array.of(0x22, 0xff, 0x22)))).toBe('syntax');
    expect(codeOf(() => parseCanonicalBytes(utf8Encode('\uFEFF{}')))).toBe('syntax');
  });
});

function hasReservedKey(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return value.some(hasReservedKey);
  return Object.entries(value).some(([key, child]) => RESERVED_KEYS.has(key) || hasReservedKey(child));
}

describe('canonicalJson: properties', () => {
  // fast-check deliberately generates keys such as __proto__; those are refused (tested below).
  const json = fc.jsonValue({ maxDepth: 4, stringUnit: 'grapheme' }).filter((value) => !hasReservedKey(value));

  it('refuses any value with a reserved key at any depth, and accepts any other JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), (value) => {
        const code = codeOf(() => canonicalJson(value));
        return hasReservedKey(value) ? code === 'reserved-key' : code === undefined;
      }),
      { numRuns: 300 },
    );
  });

  it('is a fixed point: canonicalJson(JSON.parse(canonicalJson(x))) === canonicalJson(x)', () => {
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        const reparsed = JSON.stringify(parseCanonical(text)) === JSON.stringify(JSON.parse(text));
        return canonicalJson(JSON.parse(text)) === text && reparsed;
      }),
      { numRuns: 300 },
    );
  });

  it('does not depend on member order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), (object) => {
        fc.pre(!hasReservedKey(object));
        const reversed = Object.fromEntries(Object.entries(object).reverse());
        return canonicalJson(object) === canonicalJson(reversed);
      }),
      { numRuns: 200 },
    );
  });
});
