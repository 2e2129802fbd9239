import canonicalize from 'canonicalize';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkedCanonicalJson, MAX_JSON_DEPTH } from '@shared/crypto/canonicalJson';
import { fastCanonicalJson, fastCanonicalJsonWithout, isCanonicalParse } from '@shared/crypto/fastCanonicalJson';
import { withoutHash } from '@shared/ledger/chainSteps';
import { fromHex } from '@shared/util/bytes';
import { aChainOf } from '../../../builders/ledger';
import rfc8785 from '../../../fixtures/crypto/rfc8785.json';

/** The reference: the checked path's text, or undefined where it throws. */
function reference(value: unknown): string | undefined {
  try {
    return checkedCanonicalJson(value);
  } catch {
    return undefined;
  }
}

const AWKWARD_KEYS = ['__proto__', 'constructor', 'prototype', 'toJSON', 'hash', '', '1', '\u0080', '\r', 'a\uD800', '\uDC00b', '😀'];
const awkwardString = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...AWKWARD_KEYS, '\u2028', '\u007f', '"\\', '\uD83D\uDE00\uD83D'),
);
const awkwardNumber = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, Number.NaN, Infinity));
const oddity = fc.constantFrom<unknown>(undefined, () => 1, Symbol('s'), 1n, new Date(0), new Uint8Array(1), new Map(), Object.assign(new Array<unknown>(2), { 1: 1 }), Object.assign([1], { x: 1 }), { [Symbol('k')]: 1 }, Object.create(null));

const { value: awkwardJson } = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constant(null),
    fc.boolean(),
    awkwardNumber,
    awkwardString,
    oddity,
    fc.array(tie('value'), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...AWKWARD_KEYS)), tie('value'), { maxKeys: 6 }),
  ),
}));

describe('fastCanonicalJson equals the checked path', () => {
  it('on the RFC 8785 examples and numbers', () => {
    for (const { input, expected } of rfc8785.examples) expect(fastCanonicalJson(JSON.parse(input))).toBe(expected);
    for (const { ieee754, expected } of rfc8785.numbers) {
      const value = new DataView(fromHex(ieee754).buffer).getFloat64(0);
      expect(fastCanonicalJson(value)).toBe(expected ?? undefined);
    }
    expect(fastCanonicalJson(JSON.parse(rfc8785.sorting.input))).toBe(canonicalize(JSON.parse(rfc8785.sorting.input)));
  });

  it('on any plain JSON value: the same text as the canonicalize library (reserved keys aside)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const fast = fastCanonicalJson(value);
        expect(fast).toBe(reference(value));
        if (fast !== undefined) expect(fast).toBe(canonicalize(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('on awkward values: never accepts what the checked path refuses, never differs', () => {
    fc.assert(
      fc.property(awkwardJson, (value) => {
        const fast = fastCanonicalJson(value);
        if (fast !== undefined) expect(fast).toBe(reference(value));
      }),
      { numRuns: 3000 },
    );
  });

  it('on JSON text, as parsed: accepts exactly what the checked path accepts', () => {
    fc.assert(
      fc.property(fc.json(), awkwardString, (text, key) => {
        const value: unknown = JSON.parse(text.startsWith('{') && text !== '{}' ? `{${JSON.stringify(key)}:0,${text.slice(1)}` : text);
        expect(fastCanonicalJson(value)).toBe(reference(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses cycles and excessive depth, accepts shared references', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(fastCanonicalJson(cyclic)).toBeUndefined();
    let deep: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH + 1; i++) deep = [deep];
    expect(fastCanonicalJson(deep)).toBeUndefined();
    let deepest: unknown = 1;
    for (let i = 0; i < MAX_JSON_DEPTH; i++) deepest = [deepest];
    expect(fastCanonicalJson(deepest)).toBe(reference(deepest));
    const shared = { x: 1 };
    expect(fastCanonicalJson({ p: shared, q: shared })).toBe('{"p":{"x":1},"q":{"x":1}}');
  });
});

describe('fastCanonicalJsonWithout', () => {
  it('is the canonical text of the event without its hash', () => {
    for (const event of aChainOf(20)) {
      expect(fastCanonicalJsonWithout(event, 'hash')).toBe(checkedCanonicalJson(withoutHash(event)));
    }
  });

  it('on awkward objects: never accepts what the checked path refuses, never differs', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...AWKWARD_KEYS, 'a', 'b'), awkwardJson, { maxKeys: 6 }), (value) => {
        const fast = fastCanonicalJsonWithout(value, 'hash');
        if (fast !== undefined) expect(fast).toBe(reference(withoutHash(value)));
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses what is not a plain object', () => {
    for (const value of [null, 1, 'x', [1], new Date(0)]) expect(fastCanonicalJsonWithout(value, 'hash')).toBeUndefined();
  });
});

/** isCanonicalParse of a text, as parseCanonical asks it: of the text and what JSON.parse made of it. */
function proves(text: string): boolean {
  return isCanonicalParse(text, JSON.parse(text));
}

/** JSON.stringify's text of a value, or 'null' for what it cannot print (undefined) or throws on (bigint). */
function stringifiedOrNull(value: unknown): string {
  try {
    // Inside an array, what JSON.stringify cannot print (undefined, functions, symbols) is printed null.
    return JSON.stringify([value]).slice(1, -1);
  } catch {
    return 'null';
  }
}

const INTEGER_LIKE_KEY = /"(0|[1-9]\d*)":/;

describe('isCanonicalParse', () => {
  it('never proves a text that the checked path would not print', () => {
    const texts = fc.oneof(
      fc.json(),
      awkwardJson.map((value) => reference(value) ?? 'null'),
      awkwardJson.map(stringifiedOrNull),
      fc.jsonValue().map((value) => JSON.stringify(value, null, 1)),
      fc.tuple(fc.json(), fc.string({ unit: 'binary' })).map(([text, key]) => (text.startsWith('{') && text !== '{}' ? `{${JSON.stringify(key)}:0,${text.slice(1)}` : text)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        const parsed: unknown = JSON.parse(text);
        if (isCanonicalParse(text, parsed)) expect(reference(parsed)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('proves the canonical text of plain JSON unless it has integer-like member names or \\u escapes of surrogates', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = reference(value);
        if (text === undefined || INTEGER_LIKE_KEY.test(text) || text.includes('\\ud')) return;
        expect(proves(text)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('proves every line of a chain, and no line that was changed', () => {
    for (const event of aChainOf(20)) {
      const text = checkedCanonicalJson(event);
      expect(proves(text)).toBe(true);
      expect(proves(JSON.stringify(event, Object.keys(event).reverse()))).toBe(false);
      expect(proves(text.replace('}', ',"hash":"x"}'))).toBe(false);
    }
  });

  it('leaves to the checked path what it cannot prove: reserved keys, depth, lone surrogates, member order', () => {
    for (const text of ['{"__proto__":1}', '{"a":{"constructor":1}}', '["\\ud800"]', '{"b":1,"a":1}', '{"a":1,"a":1}', '[1.0]', '[1e400]', '{"10":1,"9":1}']) {
      expect(proves(text)).toBe(false);
    }
    let deep = '1';
    for (let i = 0; i <= MAX_JSON_DEPTH; i++) deep = `[${deep}]`;
    expect(proves(deep)).toBe(false);
    expect(proves(deep.slice(1, -1))).toBe(true);
  });
});
