/**
 * English sentences for bundle problems, for the command-line tool, logs and tests. The
 * renderer translates problems from their codes and parameters instead, so wording
 * here may change without touching the UI catalogues.
 */
import type { BundleProblem, BundleProblemCode, BundleProblemParams } from './errors';

const SHORT_HASH_CHARS = 12;

function short(hex: string): string {
  return hex.slice(0, SHORT_HASH_CHARS);
}

type MessageTable = { readonly [C in BundleProblemCode]: (params: BundleProblemParams[C]) => string };

const MESSAGES: MessageTable = {
  'too-large': (p) =>
    `The ${p.what} is too large (${p.actual === null ? 'more than' : `${p.actual}, over`} the limit of ${p.limit}).`,
  'not-a-bundle': () => 'This file is not a Habeas bundle.',
  damaged: () => 'The file is damaged or was altered.',
  'not-for-me': () => 'This bundle was made for another recipient.',
  'passphrase-required': () => 'This bundle is protected by a passphrase. Enter it to open the bundle.',
  'wrong-passphrase': () => 'The passphrase does not open this bundle.',
  'weak-passphrase-work-factor': (p) =>
    `This bundle's passphrase protection is too weak (work factor 2^${p.logN}; at least 2^${p.min} is required).`,
  'excessive-passphrase-work-factor': (p) =>
    `This bundle's passphrase protection asks for too much work (2^${p.logN}; at most 2^${p.max}).`,
  'mixed-stanzas': () => 'This bundle mixes a passphrase with other recipients, which is not allowed.',
  'bad-zip': (p) => `The bundle's contents are not laid out as expected (${p.reason} ${p.entry}).`,
  unsigned: () => 'This bundle is not signed, so its sender cannot be checked.',
  bomb: () => 'The bundle expands to far more data than it declares; reading it was stopped.',
  'bad-manifest': (p) => `The bundle's manifest is invalid (${p.detail}).`,
  'unsupported-format': (p) => `This bundle uses format ${p.format}, which this version cannot read.`,
  'bad-signature': () => 'The signature does not match: the bundle was altered or not signed by its sender.',
  'untrusted-sender': (p) =>
    `Sender not trusted: fingerprint ${p.fingerprint}. Compare it with the sender before trusting them.`,
  'revoked-sender': (p) => `The key of ${p.facility} was revoked before bundle ${p.bundleSeq}.`,
  'not-in-recipients': () => 'This bundle was signed for other recipients and passed on to you; it was not applied.',
  'events-mismatch': (p) => `The events file does not match what the signed manifest says (${p.what}).`,
  'bad-event': (p) => `The entry on line ${p.line} is invalid (${p.reason}: ${p.detail}).`,
  'segment-mismatch': (p) =>
    `The entries of ledger ${short(p.ledger)} do not match the signed manifest (${p.reason}).`,
  replay: (p) => `Bundle ${p.bundleSeq} from ${p.facility} was already imported — nothing changed.`,
  stale: (p) =>
    `Bundle ${p.bundleSeq} from ${p.facility} is older than bundle ${p.lastBundleSeq}, already imported; it was not applied.`,
  'conflicting-bundle': (p) =>
    `${p.facility} sent two different bundles numbered ${p.bundleSeq} — possible tampering.`,
  'broken-bundle-chain': (p) =>
    `Bundle ${p.bundleSeq} from ${p.facility} does not follow the last bundle imported — possible tampering.`,
  pending: (p) =>
    p.missingBundleSeq === null
      ? `Entries ${p.missingFrom} to ${p.missingTo} from ${p.facility} are missing; bundle ${p.bundleSeq} is kept until they arrive.`
      : `Bundle ${p.missingBundleSeq} from ${p.facility} is missing; bundle ${p.bundleSeq} is kept until it arrives.`,
  fork: (p) =>
    `Two different histories for ledger ${short(p.forkedLedger)} at entry ${p.seq} — possible tampering.`,
  unverifiable: (p) =>
    `Entry ${p.seq} of ledger ${short(p.overlapLedger)} cannot be compared with the history held.`,
};

function describe<C extends BundleProblemCode>(code: C, params: BundleProblemParams[C]): string {
  return MESSAGES[code](params);
}

/** A sentence a person understands for the problem (English). */
export function describeBundleProblem(bundleProblem: BundleProblem): string {
  return describe(bundleProblem.code, bundleProblem.params);
}
