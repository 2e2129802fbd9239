/**
 * Why a bundle was not imported, as data: a code, the check that failed (design §6 step
 * 3 names them in order) and parameters. The UI turns these into sentences in the
 * user's language; `describeBundleProblem` (messages.ts) gives the English ones for the
 * command-line tool and tests. Parameters hold ids, hashes, counts and the sender's
 * facility name, never event contents, so a problem can be logged without leaking a name.
 */

/** The import checks of design §6 step 3, in the order they run. */
export const BUNDLE_CHECKS = [
  'file-size',
  'decryption',
  'archive',
  'signature',
  'recipients',
  'events-file',
  'events',
  'continuity',
] as const;
/** One of BUNDLE_CHECKS. */
export type BundleCheck = (typeof BUNDLE_CHECKS)[number];

/** What a size limit was about. */
export type SizeSubject =
  | 'file'
  | 'age-header'
  | 'age-stanzas'
  | 'manifest'
  | 'signature'
  | 'events-file'
  | 'event-count';

/** Why the ZIP archive was refused. */
export type ArchiveProblemReason =
  | 'end-record'
  | 'central-directory'
  | 'local-header'
  | 'layout'
  | 'too-many-entries'
  | 'path'
  | 'duplicate'
  | 'unexpected-entry'
  | 'missing-entry'
  | 'order'
  | 'flags'
  | 'extra-field'
  | 'method'
  | 'padding';

/** What was damaged: the age layer, or the deflate stream of the events file. */
export type DamagedPart = 'age-header' | 'age-payload' | 'events-file';

/** A fingerprint-bearing description of a sender, as claimed by its signed manifest. */
export type SenderParams = { facility: string; ledger: string };

/** The parameters of each problem code. */
export type BundleProblemParams = {
  'too-large': { what: SizeSubject; actual: number | null; limit: number };
  'not-a-bundle': Record<string, never>;
  damaged: { part: DamagedPart };
  'not-for-me': Record<string, never>;
  'passphrase-required': Record<string, never>;
  'wrong-passphrase': Record<string, never>;
  'weak-passphrase-work-factor': { logN: number; min: number };
  'excessive-passphrase-work-factor': { logN: number; max: number };
  'mixed-stanzas': { stanzas: number };
  'bad-zip': { reason: ArchiveProblemReason; entry: string };
  unsigned: Record<string, never>;
  bomb: { what: 'declared-ratio' | 'inflated-size'; actual: number; limit: number };
  'bad-manifest': { reason: 'not-canonical-json' | 'schema'; detail: string };
  'unsupported-format': { format: string };
  'bad-signature': { reason: 'malformed' | 'invalid' };
  'untrusted-sender': SenderParams & { signingKey: string; fingerprint: string };
  'revoked-sender': SenderParams & { bundleSeq: number; revokedFromBundleSeq: number };
  'not-in-recipients': { recipients: number; decryptedWith: 'identity' | 'passphrase' };
  'events-mismatch': { what: 'declared-size' | 'bytes' | 'sha256' | 'count'; expected: string; actual: string };
  'bad-event': { line: number; seq: number | null; ledger: string | null; reason: string; detail: string };
  'segment-mismatch': { ledger: string; reason: string };
  replay: SenderParams & { bundleSeq: number };
  stale: SenderParams & { bundleSeq: number; lastBundleSeq: number };
  'conflicting-bundle': SenderParams & { bundleSeq: number };
  'broken-bundle-chain': SenderParams & { bundleSeq: number };
  pending: SenderParams & {
    bundleSeq: number;
    missingBundleSeq: number | null;
    missingLedger: string;
    missingFrom: number;
    missingTo: number;
  };
  fork: SenderParams & { forkedLedger: string; seq: number; knownHash: string; incomingHash: string };
  unverifiable: SenderParams & { overlapLedger: string; seq: number };
};

/** One of the problem codes. */
export type BundleProblemCode = keyof BundleProblemParams;

/** A failed check: which one, why, and the details a message needs. */
export type BundleProblem = {
  [C in BundleProblemCode]: { check: BundleCheck; code: C; params: BundleProblemParams[C] };
}[BundleProblemCode];

/** The check each code belongs to. */
export const CHECK_OF_CODE: { readonly [C in BundleProblemCode]: BundleCheck } = {
  'too-large': 'file-size',
  'not-a-bundle': 'decryption',
  damaged: 'decryption',
  'not-for-me': 'decryption',
  'passphrase-required': 'decryption',
  'wrong-passphrase': 'decryption',
  'weak-passphrase-work-factor': 'decryption',
  'excessive-passphrase-work-factor': 'decryption',
  'mixed-stanzas': 'decryption',
  'bad-zip': 'archive',
  unsigned: 'archive',
  bomb: 'archive',
  'bad-manifest': 'signature',
  'unsupported-format': 'signature',
  'bad-signature': 'signature',
  'untrusted-sender': 'signature',
  'revoked-sender': 'signature',
  'not-in-recipients': 'recipients',
  'events-mismatch': 'events-file',
  'bad-event': 'events',
  'segment-mismatch': 'events',
  replay: 'continuity',
  stale: 'continuity',
  'conflicting-bundle': 'continuity',
  'broken-bundle-chain': 'continuity',
  pending: 'continuity',
  fork: 'continuity',
  unverifiable: 'continuity',
};

/**
 * A problem of the given code. `check` defaults to the code's usual check; size and
 * bomb problems pass the check they arose in (a too-large manifest is an archive problem).
 */
export function problem<C extends BundleProblemCode>(
  code: C,
  params: BundleProblemParams[C],
  check: BundleCheck = CHECK_OF_CODE[code],
): { check: BundleCheck; code: C; params: BundleProblemParams[C] } {
  return { check, code, params };
}

/** Longest excerpt of an untrusted string (entry name, format tag) put into a problem. */
export const EXCERPT_MAX_CHARS = 64;

/**
 * An untrusted string as it may appear in a problem: quoted, shortened, and with every
 * character outside printable ASCII written as a `\uXXXX` escape, so control, bidi and
 * look-alike characters are visible, never interpreted.
 */
export function excerpt(text: string): string {
  const quoted = JSON.stringify(text.slice(0, EXCERPT_MAX_CHARS));
  return quoted.replace(/[^\x20-\x7e]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
