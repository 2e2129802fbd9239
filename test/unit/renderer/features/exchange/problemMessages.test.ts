/**
 * Every bundle problem code reads as a full sentence in English, French and Arabic, with
 * its parameters filled in: no raw key, no leftover {{placeholder}}.
 */
import { describe, expect, it } from 'vitest';
import type { BundleProblem, BundleProblemCode } from '@shared/bundle/errors';
import { CHECK_OF_CODE, problem } from '@shared/bundle/errors';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import { bundleProblemText } from '../../../../../renderer/features/exchange/problemMessages';

const ledger = 'a1'.repeat(32);
const sender = { facility: 'Central Remand Prison', ledger };

const SAMPLES: { readonly [C in BundleProblemCode]: BundleProblem } = {
  'too-large': problem('too-large', { what: 'file', actual: 2e9, limit: 1073741824 }),
  'not-a-bundle': problem('not-a-bundle', {}),
  damaged: problem('damaged', { part: 'age-payload' }),
  'not-for-me': problem('not-for-me', {}),
  'passphrase-required': problem('passphrase-required', {}),
  'wrong-passphrase': problem('wrong-passphrase', {}),
  'weak-passphrase-work-factor': problem('weak-passphrase-work-factor', { logN: 10, min: 18 }),
  'excessive-passphrase-work-factor': problem('excessive-passphrase-work-factor', { logN: 22, max: 20 }),
  'mixed-stanzas': problem('mixed-stanzas', { stanzas: 2 }),
  'bad-zip': problem('bad-zip', { reason: 'path', entry: '"../x"' }),
  unsigned: problem('unsigned', {}),
  bomb: problem('bomb', { what: 'inflated-size', actual: 9e9, limit: 1e6 }),
  'bad-manifest': problem('bad-manifest', { reason: 'schema', detail: 'bundleSeq: too small' }),
  'unsupported-format': problem('unsupported-format', { format: '"habeas-bundle/2"' }),
  'bad-signature': problem('bad-signature', { reason: 'invalid' }),
  'untrusted-sender': problem('untrusted-sender', { ...sender, signingKey: 'k', fingerprint: 'a1a1 a1a1' }),
  'revoked-sender': problem('revoked-sender', { ...sender, bundleSeq: 9, revokedFromBundleSeq: 7 }),
  'not-in-recipients': problem('not-in-recipients', { recipients: 2, decryptedWith: 'identity' }),
  'events-mismatch': problem('events-mismatch', { what: 'sha256', expected: 'x', actual: 'y' }),
  'bad-event': problem('bad-event', { line: 12, seq: 12, ledger, reason: 'hash', detail: 'hash mismatch' }),
  'segment-mismatch': problem('segment-mismatch', { ledger, reason: 'range' }),
  replay: problem('replay', { ...sender, bundleSeq: 3 }),
  stale: problem('stale', { ...sender, bundleSeq: 2, lastBundleSeq: 5 }),
  'conflicting-bundle': problem('conflicting-bundle', { ...sender, bundleSeq: 4 }),
  'broken-bundle-chain': problem('broken-bundle-chain', { ...sender, bundleSeq: 4 }),
  pending: problem('pending', { ...sender, bundleSeq: 8, missingBundleSeq: 7, missingLedger: ledger, missingFrom: 100, missingTo: 140 }),
  fork: problem('fork', { ...sender, forkedLedger: ledger, seq: 1204, knownHash: 'a', incomingHash: 'b' }),
  unverifiable: problem('unverifiable', { ...sender, overlapLedger: ledger, seq: 30 }),
};

describe('bundle problem messages', () => {
  it('covers all 28 codes', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(CHECK_OF_CODE).sort());
    expect(Object.keys(SAMPLES)).toHaveLength(28);
  });

  it.each(['en', 'fr', 'ar'] as const)('reads as full sentences in %s', (language) => {
    const i18n = createI18n(language);
    const context = { t: i18n.t, nameOf: (id: string) => (id === ledger ? 'Central Remand Prison' : undefined), number: (value: number) => String(value) };
    const texts = Object.values(SAMPLES).map((sample) => bundleProblemText(sample, context));
    expect(texts.filter((text) => text.includes('{{') || text.startsWith('exchange.') || text.length < 20)).toEqual([]);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('names the facility, the missing bundle and the entry of a fork', () => {
    const { t } = createI18n('en');
    const context = { t, nameOf: () => 'Central Remand Prison', number: (value: number) => String(value) };
    expect(bundleProblemText(SAMPLES.pending, context)).toBe('Bundle 7 from Central Remand Prison is missing; bundle 8 is kept until it arrives.');
    expect(bundleProblemText(SAMPLES.fork, context)).toBe('Two different histories for Central Remand Prison at entry 1204 — possible tampering.');
    expect(bundleProblemText(SAMPLES.replay, context)).toBe('Bundle 3 from Central Remand Prison was already imported — nothing changed.');
    expect(bundleProblemText(SAMPLES['too-large'], context)).toBe('The file is over the limit of 1024 MB. The bundle was not opened.');
  });
});
