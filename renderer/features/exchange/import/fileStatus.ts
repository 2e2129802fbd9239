/**
 * What became of each file a person opened, from the checks' verdict: ready to apply,
 * waiting for a missing bundle, already imported, needing a passphrase, from a sender not
 * trusted, evidence of tampering, or refused for another reason.
 */
import type { BundleRejection, VerifiedBundle } from '@shared/bundle/read';
import type { Result } from '@shared/util/result';
import type { LedgerCursor } from '../../../ledger';
import type { ReceivedFile } from './commands';
import { isEvidence } from './commands';

export type FileStatus =
  | { kind: 'checking' }
  | { kind: 'ready'; verified: VerifiedBundle }
  | { kind: 'applying'; verified: VerifiedBundle }
  | { kind: 'applied'; verified: VerifiedBundle }
  | { kind: 'own-ledger'; verified: VerifiedBundle }
  | { kind: 'pending'; rejection: BundleRejection }
  | { kind: 'held'; rejection: BundleRejection }
  | { kind: 'already-held'; rejection: BundleRejection }
  | { kind: 'replay'; rejection: BundleRejection }
  | { kind: 'passphrase'; rejection: BundleRejection }
  | { kind: 'untrusted'; rejection: BundleRejection }
  | { kind: 'evidence'; rejection: BundleRejection }
  | { kind: 'refused'; rejection: BundleRejection }
  | { kind: 'error' };

/** One opened file: its bytes and hash, what the checks said, and the ledger state they saw. */
export type FileEntry = { key: string; name: string; file: ReceivedFile; status: FileStatus; checkedAt: LedgerCursor | null };

/** The status of a verdict; `heldHashes` are the manifest hashes of bundles already held. */
export function statusOf(
  result: Result<VerifiedBundle, BundleRejection>,
  heldHashes: ReadonlySet<string>,
  writesOwnLedger: (verified: VerifiedBundle) => boolean,
): FileStatus {
  if (result.ok) return writesOwnLedger(result.value) ? { kind: 'own-ledger', verified: result.value } : { kind: 'ready', verified: result.value };
  const rejection = result.error;
  const { code } = rejection.problem;
  if (code === 'pending') {
    return heldHashes.has(rejection.signed?.manifestHash ?? '') ? { kind: 'already-held', rejection } : { kind: 'pending', rejection };
  }
  if (code === 'replay') return { kind: 'replay', rejection };
  if (code === 'passphrase-required' || code === 'wrong-passphrase') return { kind: 'passphrase', rejection };
  if (code === 'untrusted-sender') return { kind: 'untrusted', rejection };
  return isEvidence(rejection) ? { kind: 'evidence', rejection } : { kind: 'refused', rejection };
}

/** The order bundles are applied in: by sender, then bundle number, so a sender's bundles follow each other. */
export function applyOrder(a: FileEntry, b: FileEntry): number {
  const [ma, mb] = [manifestOf(a), manifestOf(b)];
  if (ma === undefined || mb === undefined) return 0;
  return ma.sender.ledger.localeCompare(mb.sender.ledger) || ma.bundleSeq - mb.bundleSeq;
}

function manifestOf(entry: FileEntry) {
  const { status } = entry;
  if ('verified' in status) return status.verified.manifest;
  return 'rejection' in status ? status.rejection.signed?.manifest : undefined;
}
