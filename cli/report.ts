/**
 * How verification outcomes are printed: for people, each check in order with the one
 * that failed named and explained (describeBundleProblem); for scripts, one JSON object
 * with `--json`. Both show only what the signed manifest says about the bundle (sender,
 * numbers, ranges), never event contents.
 */
import { BUNDLE_CHECKS } from '@shared/bundle/errors';
import { describeBundleProblem } from '@shared/bundle/messages';
import type { CheckedBundle } from '@shared/bundle/check';
import type { BundleRejection, BundleWarning } from '@shared/bundle/read';
import type { IdentityCard } from '@shared/ledger/identity';
import { fingerprintGroups } from '@shared/ledger/identity';
import type { CliIo } from './io';
import { println } from './io';

const STATUS_COLUMN = 8;

function checkLines(failedIndex: number, failure: string): string[] {
  return BUNDLE_CHECKS.map((check, index) => {
    if (index < failedIndex) return `  ${'ok'.padEnd(STATUS_COLUMN)}${check}`;
    if (index === failedIndex) return `  ${'FAILED'.padEnd(STATUS_COLUMN)}${check}: ${failure}`;
    return `  ${'-'.padEnd(STATUS_COLUMN)}${check} (not run)`;
  });
}

/** A warning as a sentence. */
export function describeWarning(warning: BundleWarning): string {
  switch (warning.kind) {
    case 'bundle-gap':
      return `bundles ${warning.from} to ${warning.to} of this sender were not seen`;
    case 'relayed-ledger':
      return `carries ledger ${warning.ledger.slice(0, 12)} relayed from another installation`;
    case 'clock':
      return warning.warning.kind === 'future-timestamp'
        ? `entry ${warning.warning.at.seq} is dated ${warning.warning.recordedAt}, after this computer's clock`
        : `entry ${warning.warning.at.seq} is dated before the entry preceding it (the sender's clock went back)`;
  }
}

function senderLine(verified: CheckedBundle, cards: readonly IdentityCard[]): string {
  const card = cards.find((candidate) => candidate.ledger === verified.manifest.sender.ledger);
  const fingerprint = card === undefined ? '' : `, card fingerprint ${fingerprintGroups(card.fingerprint)}`;
  return `${verified.manifest.sender.facility} (ledger ${fingerprintGroups(verified.manifest.sender.ledger)}${fingerprint})`;
}

/** Prints a bundle that passed every check. */
export function printVerified(io: CliIo, verified: CheckedBundle, cards: readonly IdentityCard[], json: boolean): void {
  const { manifest } = verified;
  if (json) {
    const segments = manifest.segments.map(({ ledger, fromSeq, toSeq }) => ({ ledger, fromSeq, toSeq }));
    const summary = { valid: true, manifestHash: verified.manifestHash, sender: manifest.sender, bundleSeq: manifest.bundleSeq, createdAt: manifest.createdAt };
    const rest = { recipients: manifest.recipients.length, decryptedWith: verified.decryptedWith, events: manifest.events.count, segments, warnings: verified.warnings.map(describeWarning) };
    println(io.stdout, JSON.stringify({ ...summary, ...rest }));
    return;
  }
  const opened = verified.decryptedWith === 'passphrase' ? 'a passphrase' : `this identity (one of ${manifest.recipients.length} recipients)`;
  println(io.stdout, 'VALID: every check passed.');
  for (const line of checkLines(BUNDLE_CHECKS.length, '')) println(io.stdout, line);
  println(io.stdout, '  (continuity: the command-line tool keeps no import history, so there was nothing to compare with)');
  println(io.stdout, `Sender:     ${senderLine(verified, cards)}`);
  println(io.stdout, `Bundle:     number ${manifest.bundleSeq}, created ${manifest.createdAt} by the sender's clock`);
  println(io.stdout, `Opened by:  ${opened}`);
  println(io.stdout, `Events:     ${manifest.events.count} in ${manifest.segments.length} ledger(s)`);
  for (const segment of manifest.segments) {
    println(io.stdout, `            ledger ${segment.ledger.slice(0, 12)}: entries ${segment.fromSeq} to ${segment.toSeq}`);
  }
  println(io.stdout, `Manifest:   ${verified.manifestHash}`);
  for (const warning of verified.warnings) println(io.stdout, `Warning:    ${describeWarning(warning)}`);
}

/** Prints why a bundle was refused, naming the check that failed. */
export function printRejection(io: CliIo, rejection: BundleRejection, json: boolean): void {
  const { problem } = rejection;
  const message = describeBundleProblem(problem);
  if (json) {
    println(io.stdout, JSON.stringify({ valid: false, check: problem.check, code: problem.code, params: problem.params, message }));
    return;
  }
  println(io.stdout, `INVALID: the ${problem.check} check failed (${problem.code}).`);
  println(io.stdout, message);
  for (const line of checkLines(BUNDLE_CHECKS.indexOf(problem.check), problem.code)) println(io.stdout, line);
  if (problem.code === 'untrusted-sender') {
    println(io.stdout, 'If you have compared this fingerprint with the sender, pass their card with --trust CARD.');
  }
}
