import { describe, expect, it } from 'vitest';
import { parseAgeHeader } from '@shared/bundle/ageHeader';
import { BUNDLE_CHECKS, CHECK_OF_CODE, excerpt } from '@shared/bundle/errors';
import type { BundleProblem, BundleProblemCode } from '@shared/bundle/errors';
import { inspectBundle, plaintextSize } from '@shared/bundle/inspect';
import { bundleLimits, DEFAULT_BUNDLE_LIMITS } from '@shared/bundle/limits';
import { describeBundleProblem } from '@shared/bundle/messages';

const encode = (text: string) => new TextEncoder().encode(text);
const caps = { maxHeaderBytes: 4096, maxStanzas: 3 };
const MAC = `--- ${'A'.repeat(42)}E\n`;

describe('parseAgeHeader', () => {
  it('reads stanzas with bodies wrapped at 64 columns, ending on a short line', () => {
    const full = 'Q'.repeat(64);
    const parsed = parseAgeHeader(encode(`age-encryption.org/v1\n-> X25519 abc\n${full}\n\n-> other a b\nQUJD\n${MAC}payload`), caps);
    expect(parsed.ok && parsed.value.stanzas.map((s) => [s.type, s.args, s.body.length])).toEqual([
      ['X25519', ['abc'], 48],
      ['other', ['a', 'b'], 3],
    ]);
    expect(parsed.ok && parsed.value.headerBytes).toBe(encode(`age-encryption.org/v1\n-> X25519 abc\n${full}\n\n-> other a b\nQUJD\n${MAC}`).length);
  });

  it.each([
    ['not age', 'hello\n', 'not-age'],
    ['no stanza', `age-encryption.org/v1\n${MAC}`, 'malformed'],
    ['CRLF lines', `age-encryption.org/v1\r\n-> X25519 a\r\n\r\n${MAC}`, 'not-age'],
    ['an empty argument', `age-encryption.org/v1\n->  X25519\n\n${MAC}`, 'malformed'],
    ['a body line over 64 columns', `age-encryption.org/v1\n-> X25519 a\n${'Q'.repeat(68)}\n${MAC}`, 'malformed'],
    ['a short MAC', `age-encryption.org/v1\n-> X25519 a\n\n--- AAAA\n`, 'malformed'],
    ['no MAC line', `age-encryption.org/v1\n-> X25519 a\n\n`, 'malformed'],
    ['too many stanzas', `age-encryption.org/v1\n${'-> X25519 a\n\n'.repeat(4)}${MAC}`, 'too-many-stanzas'],
  ])('refuses %s', (_name, text, problem) => {
    expect(parseAgeHeader(encode(text), caps)).toEqual({ ok: false, error: problem });
  });

  it('stops reading at the header size cap', () => {
    const text = `age-encryption.org/v1\n-> X25519 ${'a'.repeat(5000)}\n\n${MAC}`;
    expect(parseAgeHeader(encode(text), caps)).toEqual({ ok: false, error: 'too-large' });
  });
});

describe('inspectBundle', () => {
  it('reports a non-age file without throwing', () => {
    expect(inspectBundle(new Uint8Array(3))).toEqual({ fileBytes: 3, isAge: false, problem: 'not-age' });
  });

  it('computes the plaintext size of an age payload', () => {
    expect(plaintextSize(16)).toBe(0);
    expect(plaintextSize(10)).toBeNull();
    expect(plaintextSize(17)).toBe(1);
    expect(plaintextSize(65536 + 16)).toBe(65536);
    expect(plaintextSize(65536 + 16 + 16)).toBeNull();
    expect(plaintextSize(2 * (65536 + 16) + 100)).toBe(2 * 65536 + 84);
  });
});

describe('limits', () => {
  it('can be lowered, never raised', () => {
    const limits = bundleLimits({ maxLineBytes: 10, maxFileBytes: Number.MAX_SAFE_INTEGER, maxEvents: -1, maxManifestBytes: Number.NaN });
    expect(limits).toEqual({ ...DEFAULT_BUNDLE_LIMITS, maxLineBytes: 10 });
    expect(Object.isFrozen(limits)).toBe(true);
  });
});

describe('problems and messages', () => {
  const params = {
    what: 'file', actual: 9, limit: 8, part: 'age-header', logN: 10, min: 18, max: 20, stanzas: 2, reason: 'order', entry: '"x"',
    detail: 'd', format: '"habeas-bundle/2"', facility: 'Facility X', ledger: 'a'.repeat(64), signingKey: 'k', fingerprint: 'aaaa bbbb',
    bundleSeq: 8, revokedFromBundleSeq: 3, recipients: 1, decryptedWith: 'identity', expected: '1', line: 4, seq: 1204,
    lastBundleSeq: 9, missingBundleSeq: 7, missingLedger: 'b'.repeat(64), missingFrom: 1, missingTo: 2, forkedLedger: 'c'.repeat(64),
    knownHash: 'd'.repeat(64), incomingHash: 'e'.repeat(64), overlapLedger: 'f'.repeat(64),
  };
  const codes = Object.keys(CHECK_OF_CODE) as BundleProblemCode[];

  it('every code belongs to a check and has a sentence without gaps', () => {
    for (const code of codes) {
      expect(BUNDLE_CHECKS).toContain(CHECK_OF_CODE[code]);
      const sentence = describeBundleProblem({ check: CHECK_OF_CODE[code], code, params } as unknown as BundleProblem);
      expect(sentence).toMatch(/[.)]$/);
      expect(sentence).not.toMatch(/undefined|\[object/);
    }
  });

  it('says what the issue asks for', () => {
    const say = (code: BundleProblemCode) => describeBundleProblem({ check: CHECK_OF_CODE[code], code, params } as unknown as BundleProblem);
    expect(say('not-for-me')).toBe('This bundle was made for another recipient.');
    expect(say('damaged')).toBe('The file is damaged or was altered.');
    expect(say('untrusted-sender')).toContain('Sender not trusted: fingerprint aaaa bbbb');
    expect(say('pending')).toBe('Bundle 7 from Facility X is missing; bundle 8 is kept until it arrives.');
    expect(say('fork')).toBe('Two different histories for ledger cccccccccccc at entry 1204 — possible tampering.');
  });

  it('quotes untrusted strings escaped and shortened', () => {
    expect(excerpt('a\u202Eb')).toBe('"a\\u202eb"');
    expect(excerpt('زنزانة')).toMatch(/^"(\\u[0-9a-f]{4})+"$/);
    expect(excerpt('x'.repeat(500))).toHaveLength(66);
  });
});
