/**
 * Writes a bundle (design §6): the events as canonical NDJSON, a manifest describing
 * them, its Ed25519 signature, a ZIP archive padded to a size bucket, and an age file
 * around it for the chosen recipients or passphrase (sign-then-encrypt, with the
 * recipients named inside the signed manifest so a forwarded copy is detected).
 */
import { randomBytes } from '@noble/hashes/utils.js';
import type { AsyncDigest } from '../crypto/hash';
import { sha256Hex } from '../crypto/hash';
import type { LedgerEvent } from '../ledger/envelope';
import { isX25519Recipient, ledgerIdOf, signBytes, verifyBytes } from '../ledger/identity';
import { toBase64url, toHex, utf8Encode } from '../util/bytes';
import type { BundleAddressees } from './ageLayer';
import { encryptToAge } from './ageLayer';
import { encodeEventsFile, eventsFileOfLines } from './eventsFile';
import { MAX_EVENTS_FILE_BYTES, MAX_LINE_BYTES } from './limits';
import type { BundleManifest, ManifestSegment } from './manifest';
import { BUNDLE_FORMAT, encodeManifest, EVENTS_ENTRY, manifestHashOf, recipientFingerprint, signatureMessage } from './manifest';
import { segmentsOf } from './segments';
import { encodeSignatureFile } from './signature';
import type { EventsDeflate } from './zipWrite';
import { writeArchive } from './zipWrite';

/**
 * Events already serialized: their canonical lines (without line feeds) in bundle order,
 * and the segments they make (segmentCollector). A writer reading stored pages passes
 * the stored bytes on instead of holding every event to serialize it again.
 */
export type EventLines = { readonly lines: readonly Uint8Array[]; readonly segments: readonly ManifestSegment[] };

/** Everything a bundle is made of. */
export type WriteBundleInput = {
  /** Events ordered by ledger id, then seq; each ledger's events consecutive and linked. */
  readonly events: readonly LedgerEvent[] | EventLines;
  readonly sender: { readonly signingSecretKey: Uint8Array; readonly signingPublicKey: Uint8Array; readonly facility: string };
  readonly to: BundleAddressees;
  /** 1 for the sender's first bundle, then one more each time. */
  readonly bundleSeq: number;
  /** manifestHash of the sender's previous bundle; "" for bundle 1. */
  readonly prevBundle: string;
  /** Device clock, ISO 8601 UTC (`…Z`). */
  readonly createdAt: string;
  readonly app: { readonly name: string; readonly version: string };
  /**
   * An asynchronous SHA-256 for the events file (WebCrypto in the renderer, several times
   * faster on a large file than the synchronous hash used without it). Same bytes either way.
   */
  readonly digest?: AsyncDigest;
  /** A faster deflate of the events file (the CLI's zlib); fflate's without it. Readers see no difference. */
  readonly deflate?: EventsDeflate;
};

/** A written bundle: the `.habeas` file's bytes, and its manifest for the export history. */
export type WrittenBundle = { bytes: Uint8Array; manifest: BundleManifest; manifestHash: string; archiveBytes: number };

/** Extension of bundle files. */
export const BUNDLE_FILE_EXTENSION = '.habeas';
const FILE_NAME_RANDOM_BYTES = 4;

/**
 * Writes a bundle.
 * @throws TypeError or RangeError if the input breaks a rule of the format (events out of
 * order or unlinked, a bad recipient, a key that does not match, a manifest the reader
 * would refuse); such input is a programming error, never user data
 */
export async function writeBundle(input: WriteBundleInput): Promise<WrittenBundle> {
  const { sender } = input;
  const ledger = ledgerIdOf(sender.signingPublicKey);
  const { file: eventsFile, count, segments } = eventsFileOf(input.events);
  if (eventsFile.length > MAX_EVENTS_FILE_BYTES) throw new RangeError('writeBundle: too many events for one bundle');
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    createdAt: input.createdAt,
    app: { name: input.app.name, version: input.app.version },
    sender: { ledger, signingKey: toBase64url(sender.signingPublicKey), facility: sender.facility },
    recipients: recipientFingerprints(input.to),
    bundleSeq: input.bundleSeq,
    prevBundle: input.prevBundle,
    segments: [...segments],
    events: { file: EVENTS_ENTRY, sha256: input.digest ? toHex(await input.digest(eventsFile)) : sha256Hex(eventsFile), count, bytes: eventsFile.length },
  };
  const manifestBytes = encodeManifest(manifest);
  const message = signatureMessage(manifestBytes);
  const signature = signBytes(sender.signingSecretKey, message);
  if (!verifyBytes(sender.signingPublicKey, message, signature)) {
    throw new TypeError('writeBundle: the signing secret key does not match the public key');
  }
  const archive = writeArchive({ manifest: manifestBytes, signature: utf8Encode(encodeSignatureFile(signature)), events: eventsFile }, input.deflate);
  const bytes = await encryptToAge(archive, input.to);
  return { bytes, manifest, manifestHash: manifestHashOf(manifestBytes), archiveBytes: archive.length };
}

function eventsFileOf(events: WriteBundleInput['events']): { file: Uint8Array; count: number; segments: readonly ManifestSegment[] } {
  if ('lines' in events) return { file: eventsFileOfLines(events.lines, MAX_LINE_BYTES), count: events.lines.length, segments: events.segments };
  return { file: encodeEventsFile(events, MAX_LINE_BYTES), count: events.length, segments: segmentsOf(events) };
}

/**
 * Sorted fingerprints of the recipients; [] for a passphrase.
 * @throws TypeError on a recipient that is not an age X25519 recipient, or a repeated one
 */
function recipientFingerprints(to: BundleAddressees): string[] {
  if ('passphrase' in to) {
    if (to.passphrase.length === 0) throw new TypeError('writeBundle: empty passphrase');
    return [];
  }
  if (to.recipients.length === 0) throw new TypeError('writeBundle: no recipients');
  if (!to.recipients.every(isX25519Recipient)) throw new TypeError('writeBundle: not an age X25519 recipient');
  const fingerprints = to.recipients.map(recipientFingerprint).sort();
  if (new Set(fingerprints).size !== fingerprints.length) throw new TypeError('writeBundle: a recipient is repeated');
  return fingerprints;
}

/**
 * A neutral file name for a bundle: the creation time (UTC) and random hex, never the
 * facility's name (security.md T7), e.g. `habeas-20261126-100000-9f3a61c2.habeas`.
 * @param random - bytes to show in hex; fresh random bytes by default
 * @throws RangeError if `createdAt` is not an ISO 8601 instant
 */
export function bundleFileName(createdAt: string, random: Uint8Array = randomBytes(FILE_NAME_RANDOM_BYTES)): string {
  const ms = Date.parse(createdAt);
  if (Number.isNaN(ms)) throw new RangeError('bundleFileName: not an ISO 8601 instant');
  const iso = new Date(ms).toISOString();
  const stamp = `${iso.slice(0, 10).replaceAll('-', '')}-${iso.slice(11, 19).replaceAll(':', '')}`;
  return `habeas-${stamp}-${toHex(random)}${BUNDLE_FILE_EXTENSION}`;
}
