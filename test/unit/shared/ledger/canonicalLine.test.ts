import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { carriesHash, unhashedBytesOf } from '@shared/ledger/canonicalLine';
import { utf8Encode } from '@shared/util/bytes';
import { aChainOf } from '../../../builders/ledger';

const [first, second] = aChainOf(2, { seed: 'canonical-line' });
if (first === undefined || second === undefined) throw new Error('no chain');
const lineOf = (value: object): Uint8Array => utf8Encode(canonicalJson(value));
const withoutHash = (event: typeof first): object => Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'hash'));

describe('carriesHash', () => {
  it('finds the envelope’s own hash', () => {
    expect(carriesHash(lineOf(first), first.hash)).toBe(true);
    expect(carriesHash(lineOf(first), second.hash)).toBe(false);
  });

  it('is not fooled by a hash member spelled inside the author’s name', () => {
    const decoy = { ...first, author: { ...first.author, name: `x","hash":"${second.hash}",` } };
    expect(carriesHash(lineOf(decoy), second.hash)).toBe(false);
    expect(carriesHash(lineOf(decoy), first.hash)).toBe(true);
  });

  it('refuses a line without a hash member, a hash of another length, or a longer hash value', () => {
    expect(carriesHash(lineOf(withoutHash(first)), first.hash)).toBe(false);
    expect(carriesHash(lineOf(first), first.hash.slice(0, 63))).toBe(false);
    expect(carriesHash(lineOf({ ...first, hash: `${first.hash}00` }), first.hash)).toBe(false);
  });
});

describe('unhashedBytesOf', () => {
  it('gives the canonical JSON of the event without its hash, whatever the names and payload hold', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    // Keys the canonical form refuses (`__proto__`, `constructor`, `prototype`) are left out.
    const key = text.filter((candidate) => !['__proto__', 'constructor', 'prototype'].includes(candidate));
    fc.assert(
      fc.property(text, fc.dictionary(key, fc.oneof(text, fc.integer())), (name, payload) => {
        const event = { ...first, author: { ...first.author, name: `${name}"hash":"${first.hash}",` }, payload };
        expect(unhashedBytesOf(lineOf(event))).toEqual(lineOf(withoutHash(event)));
      }),
    );
  });

  it('gives each result its own bytes, though they share a pool', () => {
    const [a, b] = [unhashedBytesOf(lineOf(first)), unhashedBytesOf(lineOf(second))];
    const copyOfA = a?.slice();
    b?.fill(0);
    expect(a).toEqual(copyOfA);
  });

  it('gives nothing for a line without a hash member or with a malformed one', () => {
    expect(unhashedBytesOf(lineOf(withoutHash(first)))).toBeUndefined();
    expect(unhashedBytesOf(lineOf({ ...first, hash: 'short' }))).toBeUndefined();
  });
});
