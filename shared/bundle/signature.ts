/**
 * The sender check (design §6 step 3): the Ed25519 signature in `manifest.sig` must
 * verify over `"habeas-bundle/1\n"` and the exact bytes of `manifest.json`, under the key
 * the manifest names, and that key must belong to a trusted contact, one whose
 * fingerprint a person compared. An unknown sender's bundle is never applied; its
 * fingerprint is returned so a person can compare it.
 */
import type { IdentityCard } from '../ledger/identity';
import { fingerprintGroups, SIGNATURE_BYTES, verifyBytes } from '../ledger/identity';
import { fromBase64url, toBase64url, utf8Decode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem } from './errors';
import { problem } from './errors';
import type { BundleManifest } from './manifest';
import { signatureMessage } from './manifest';

/** A contact whose bundles are accepted: its ledger id and Ed25519 public key (base64url). */
export type TrustedSender = {
  readonly ledger: string;
  readonly signingKey: string;
  /** The name the person who confirmed the contact gave it; shown in messages. */
  readonly name: string;
  /** Bundles numbered from this one on are refused: the key was reported compromised then. */
  readonly revokedFromBundleSeq?: number;
};

/** Finds a trusted contact by the sender a manifest names, or undefined if there is none. */
export type TrustedSenderLookup = (sender: { ledger: string; signingKey: string }) => TrustedSender | undefined;

const SIGNATURE_BASE64URL = /^[A-Za-z0-9_-]{86}\n?$/;

/** A lookup over identity cards whose fingerprints people have confirmed. */
export function trustedSendersFromCards(cards: readonly IdentityCard[]): TrustedSenderLookup {
  const byLedger = new Map(cards.map((card) => [card.ledger, { ledger: card.ledger, signingKey: card.signingKey, name: card.facility }]));
  return (sender) => byLedger.get(sender.ledger);
}

/** The signature bytes of a `manifest.sig` file: 86 base64url characters, optionally then `\n`. */
export function decodeSignatureFile(file: Uint8Array): Uint8Array | undefined {
  let text: string;
  try {
    text = utf8Decode(file);
  } catch {
    return undefined;
  }
  if (!SIGNATURE_BASE64URL.test(text)) return undefined;
  try {
    const signature = fromBase64url(text.endsWith('\n') ? text.slice(0, -1) : text);
    return signature.length === SIGNATURE_BYTES ? signature : undefined;
  } catch {
    return undefined;
  }
}

/** The contents of a `manifest.sig` file for a signature: base64url and one `\n`. */
export function encodeSignatureFile(signature: Uint8Array): string {
  return `${toBase64url(signature)}\n`;
}

/**
 * Verifies the signature, then the sender's trust and revocation. A bad signature is
 * reported before trust: an unverified manifest's claimed sender means nothing.
 */
export function checkSender(
  manifest: BundleManifest,
  manifestBytes: Uint8Array,
  signatureFile: Uint8Array,
  lookup: TrustedSenderLookup,
): Result<TrustedSender, BundleProblem> {
  const signature = decodeSignatureFile(signatureFile);
  if (signature === undefined) return err(problem('bad-signature', { reason: 'malformed' }));
  const { ledger, signingKey, facility } = manifest.sender;
  if (!verifyBytes(fromBase64url(signingKey), signatureMessage(manifestBytes), signature)) {
    return err(problem('bad-signature', { reason: 'invalid' }));
  }
  const contact = lookup({ ledger, signingKey });
  if (contact?.ledger !== ledger || contact.signingKey !== signingKey) {
    return err(problem('untrusted-sender', { facility, ledger, signingKey, fingerprint: fingerprintGroups(ledger) }));
  }
  const revokedFrom = contact.revokedFromBundleSeq;
  if (revokedFrom !== undefined && manifest.bundleSeq >= revokedFrom) {
    return err(problem('revoked-sender', { facility: contact.name, ledger, bundleSeq: manifest.bundleSeq, revokedFromBundleSeq: revokedFrom }));
  }
  return ok(contact);
}
