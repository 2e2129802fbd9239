/**
 * Test kit for bundles: deterministic installations (seeded signing keys and age
 * identities), read options built from what an installation holds, and a crafting kit
 * that assembles bundles part by part — manifest, signature, events, ZIP layout, age
 * layer — so hostile-input tests can break exactly one thing at a time.
 */
import { bech32 } from '@scure/base';
import { Encrypter, identityToRecipient } from 'age-encryption';
import { crc32, deflateRawSync } from 'node:zlib';
import { deflateSync } from 'fflate';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { sha256Hex } from '@shared/crypto/hash';
import type { BundleAddressees } from '@shared/bundle/ageLayer';
import type { SenderContinuity } from '@shared/bundle/continuity';
import type { BundleManifest } from '@shared/bundle/manifest';
import { recipientFingerprint, signatureMessage } from '@shared/bundle/manifest';
import type { ReadBundleOptions } from '@shared/bundle/read';
import { trustedSendersFromCards } from '@shared/bundle/signature';
import type { TrustedSender } from '@shared/bundle/signature';
import { writeBundle } from '@shared/bundle/write';
import type { WrittenBundle } from '@shared/bundle/write';
import { headOf } from '@shared/ledger/chain';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { LedgerEvent } from '@shared/ledger/envelope';
import type { IdentityCard } from '@shared/ledger/identity';
import { makeIdentityCard, signBytes } from '@shared/ledger/identity';
import type { KnownLedger } from '@shared/ledger/merge';
import { toBase64url, utf8Encode } from '@shared/util/bytes';
import { fixedClock } from '@shared/util/clock';
import type { TestLedger } from '../../../builders/ledger';
import { aLedger, seededBytes } from '../../../builders/ledger';
import { rawZip } from './rawZip';
import type { RawZipEntry } from './rawZip';
import { appPlaintextRooms } from '../../../../renderer/crypto/plaintextRoom';

/** A clock after every builder timestamp, so no future-timestamp warnings appear. */
export const TEST_CLOCK = fixedClock('2027-01-01T00:00:00.000Z');
/** createdAt of test bundles. */
export const CREATED_AT = '2026-11-26T10:00:00.000Z';
/** app of test bundles. */
export const APP = { name: 'habeas', version: '1.0.0' } as const;
/** Small caps, so limit tests need small inputs. */
export const SMALL_LIMITS = { maxLineBytes: 4096, maxEvents: 1000, maxEventsFileBytes: 1024 * 1024 } as const;

/** A test installation: its ledger (signing key), age identity and identity card. */
export type Installation = { seed: string; ledger: TestLedger; identity: string; recipient: string; card: IdentityCard };

/** A deterministic age X25519 identity string from a seed (test keys only). */
export function seededAgeIdentity(seed: string): string {
  return bech32.encodeFromBytes('AGE-SECRET-KEY-', seededBytes(seed, 'age')).toUpperCase();
}

/** A deterministic installation. */
export async function anInstallation(seed: string, facility = 'Central Remand Prison'): Promise<Installation> {
  const ledger = aLedger({ seed, facility: { name: facility } });
  const identity = seededAgeIdentity(seed);
  const recipient = await identityToRecipient(identity);
  const card = makeIdentityCard({ facility, signingPublicKey: ledger.signing.publicKey, recipient });
  return { seed, ledger, identity, recipient, card };
}

/** The sender part of writeBundle's input for an installation. */
export function senderOf(installation: Installation) {
  const { signing, facility } = installation.ledger;
  return { signingSecretKey: signing.secretKey, signingPublicKey: signing.publicKey, facility: facility.name };
}

/** A bundle from `sender` of `events` to `to` (recipients' age strings by default: the receivers). */
export async function bundleFrom(
  sender: Installation,
  events: readonly LedgerEvent[],
  to: BundleAddressees,
  sequence: { bundleSeq?: number; prevBundle?: string } = {},
): Promise<WrittenBundle> {
  return writeBundle({
    events,
    sender: senderOf(sender),
    to,
    bundleSeq: sequence.bundleSeq ?? 1,
    prevBundle: sequence.prevBundle ?? '',
    createdAt: CREATED_AT,
    app: APP,
  });
}

/** What a receiving installation holds: events per ledger and continuity per sender. */
export type Holdings = { events: Map<string, LedgerEvent[]>; continuity: Map<string, SenderContinuity> };

/** Holdings with nothing in them. */
export function emptyHoldings(): Holdings {
  return { events: new Map(), continuity: new Map() };
}

/** What an importer knows of a ledger, from the events it holds. */
export function knownLedgerOf(held: readonly LedgerEvent[] | undefined): KnownLedger | undefined {
  const last = held?.at(-1);
  if (held === undefined || last === undefined) return undefined;
  return { head: headOf(last), hashAt: (seq) => held[seq - 1]?.hash };
}

/** Read options for `receiver`, trusting `trusted`, knowing `holdings`. */
export function optionsFor(
  receiver: Installation,
  trusted: readonly Installation[],
  holdings: Holdings = emptyHoldings(),
  extra: Partial<ReadBundleOptions> = {},
): ReadBundleOptions {
  return {
    identity: receiver.identity,
    trustedSenders: trustedSendersFromCards(trusted.map((installation) => installation.card)),
    known: (ledger) => holdings.continuity.get(ledger),
    knownLedgers: (ledger) => knownLedgerOf(holdings.events.get(ledger)),
    registry: coreEventRegistry,
    clock: TEST_CLOCK,
    // As the app reads bundles: its cipher writes the plaintext into the reader's room.
    plaintextRooms: appPlaintextRooms,
    ...extra,
  };
}

/** A trusted-sender lookup over one contact, e.g. with a revocation. */
export function trusting(contact: TrustedSender): ReadBundleOptions['trustedSenders'] {
  return (sender) => (sender.ledger === contact.ledger ? contact : undefined);
}

/** `events.ndjson` bytes of events, written independently of the production encoder. */
export function ndjson(events: readonly unknown[]): Uint8Array {
  return utf8Encode(events.map((event) => `${canonicalJson(event)}\n`).join(''));
}

/** The manifest a correct writer would sign for these events (single ledger). */
export function manifestFor(sender: Installation, events: readonly LedgerEvent[], recipients: readonly string[]): BundleManifest {
  const file = ndjson(events);
  const first = events[0];
  const last = events.at(-1);
  const segments = first && last ? [{ ledger: first.ledger, fromSeq: first.seq, toSeq: last.seq, fromPrev: first.prev, headHash: last.hash }] : [];
  return {
    format: 'habeas-bundle/1',
    createdAt: CREATED_AT,
    app: { ...APP },
    sender: { ledger: sender.ledger.ledger, signingKey: toBase64url(sender.ledger.signing.publicKey), facility: sender.ledger.facility.name },
    recipients: recipients.map(recipientFingerprint).sort(),
    bundleSeq: 1,
    prevBundle: '',
    segments,
    events: { file: 'events.ndjson', sha256: sha256Hex(file), count: events.length, bytes: file.length },
  };
}

/** The parts of a crafted bundle; each defaults to what a correct writer would produce. */
export type CraftParts = {
  events?: readonly LedgerEvent[];
  /** The events file; by default the events' NDJSON. */
  eventsFile?: Uint8Array;
  /** Changes to the default manifest, applied to a copy. */
  manifest?: (manifest: BundleManifest) => unknown;
  /** Exact manifest bytes (skip canonical encoding). */
  manifestBytes?: Uint8Array;
  /** Key that signs; the sender's by default. */
  signer?: Uint8Array;
  /** Exact `manifest.sig` bytes. */
  signatureFile?: Uint8Array;
  /** ZIP entries from the default ones (for layout attacks). */
  entries?: (defaults: RawZipEntry[]) => RawZipEntry[];
  /** Exact ZIP bytes. */
  zip?: Uint8Array;
  /** age recipients to encrypt to; the manifest's recipients are these by default. */
  encryptTo: readonly string[];
  /** Recipients named in the manifest, if not the encryptTo ones. */
  signedFor?: readonly string[];
};

/** The ZIP entries a correct writer makes for these contents. */
export function defaultEntries(manifest: Uint8Array, signature: Uint8Array, events: Uint8Array): RawZipEntry[] {
  return [
    { name: 'manifest.json', data: manifest },
    { name: 'manifest.sig', data: signature },
    { name: 'events.ndjson', data: deflateSync(events), method: 8, size: events.length, crc: crc32(events) },
  ];
}

/** Assembles a bundle from parts and encrypts it with age (the library, not the production writer). */
export async function craftBundle(sender: Installation, parts: CraftParts): Promise<Uint8Array> {
  const events = parts.events ?? [];
  const eventsFile = parts.eventsFile ?? ndjson(events);
  const base = manifestFor(sender, events, parts.signedFor ?? parts.encryptTo);
  const manifestValue = parts.manifest ? parts.manifest(structuredClone(base)) : base;
  const manifestBytes = parts.manifestBytes ?? utf8Encode(canonicalJson(manifestValue));
  const signature = signBytes(parts.signer ?? sender.ledger.signing.secretKey, signatureMessage(manifestBytes));
  const signatureFile = parts.signatureFile ?? utf8Encode(`${toBase64url(signature)}\n`);
  const entries = defaultEntries(manifestBytes, signatureFile, eventsFile);
  const zip = parts.zip ?? rawZip(parts.entries ? parts.entries(entries) : entries);
  return encryptTo(zip, parts.encryptTo);
}

/** age-encrypts bytes to recipients with the library directly. */
export async function encryptTo(plaintext: Uint8Array, recipients: readonly string[]): Promise<Uint8Array> {
  const encrypter = new Encrypter();
  for (const recipient of recipients) encrypter.addRecipient(recipient);
  return encrypter.encrypt(plaintext);
}

const zeroBombs = new Map<number, Uint8Array>();

/** Raw DEFLATE of `mebibytes` MiB of zeros (about 1000:1), made once per size with native zlib. */
export function deflateZeros(mebibytes: number): Uint8Array {
  const cached = zeroBombs.get(mebibytes);
  if (cached) return cached;
  const made = new Uint8Array(deflateRawSync(Buffer.alloc(mebibytes * 2 ** 20), { level: 9 }));
  zeroBombs.set(mebibytes, made);
  return made;
}

/**
 * A bundle from `sender` to `to` whose events file is these lines, with a manifest signed
 * to match them (segments from `segmentEvents`, then `change` if given).
 */
export async function bundleWithLines(
  sender: Installation,
  to: Installation,
  fileLines: readonly string[],
  segmentEvents: readonly LedgerEvent[],
  change?: (manifest: BundleManifest) => BundleManifest,
): Promise<Uint8Array> {
  const file = utf8Encode(fileLines.map((line) => `${line}\n`).join(''));
  return craftBundle(sender, {
    events: segmentEvents,
    eventsFile: file,
    encryptTo: [to.recipient],
    manifest: (m) => {
      const signed = { ...m, events: { ...m.events, sha256: sha256Hex(file), bytes: file.length, count: fileLines.length } };
      return change ? change(signed) : signed;
    },
  });
}
