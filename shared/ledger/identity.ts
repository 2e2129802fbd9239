/**
 * An installation's identity (design §5, §6.1): an Ed25519 signing key pair, whose public
 * key names its ledger, and an age X25519 identity to receive bundles. The identity card
 * is what two installations exchange, and people compare its fingerprint, read out in
 * short groups, before either trusts the other.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { bech32 } from '@scure/base';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { z } from 'zod';
import { canonicalJson, CanonicalJsonError, parseCanonical } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/hash';
import { fromBase64url, toBase64url } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { HEX_SHA256, textSchema } from './envelope';

/** Length of an Ed25519 public key. */
export const SIGNING_PUBLIC_KEY_BYTES = 32;
/** Length of an Ed25519 signature. */
export const SIGNATURE_BYTES = 64;
/** Longest identity card text accepted, in UTF-16 units (a real card is under 400). */
export const IDENTITY_CARD_MAX_CHARS = 4096;
/** Format tag of identity cards. */
export const IDENTITY_CARD_FORMAT = 'habeas-card/1';
/** Longest facility name on a card. */
export const CARD_FACILITY_MAX_CHARS = 200;

/** Groups shown by fingerprintGroups by default: 8 × 4 hex digits = 128 bits. */
export const FINGERPRINT_GROUPS = 8;
/** Hex digits per fingerprint group by default. */
export const FINGERPRINT_GROUP_CHARS = 4;

const AGE_RECIPIENT_PREFIX = 'age';
const facilityNameSchema = textSchema(CARD_FACILITY_MAX_CHARS);
const X25519_PUBLIC_KEY_BYTES = 32;

/** An Ed25519 key pair. The secret key is only ever stored sealed under the data key. */
export type SigningKeyPair = { secretKey: Uint8Array; publicKey: Uint8Array };

/** Everything an installation creates on first run, besides the data key. */
export type InstallationIdentity = {
  signing: SigningKeyPair;
  /** age X25519 identity, `AGE-SECRET-KEY-1…`; usable with the `age` command-line tool. */
  ageIdentity: string;
  /** Its recipient, `age1…`. */
  ageRecipient: string;
  /** Lowercase hex SHA-256 of the raw signing public key. */
  ledgerId: string;
};

/**
 * A fresh installation identity. The age identity is X25519, never the post-quantum
 * hybrid, so the `age` command-line tool can decrypt bundles (design §6).
 */
export async function createInstallationIdentity(): Promise<InstallationIdentity> {
  const { secretKey, publicKey } = ed25519.keygen();
  const ageIdentity = await generateX25519Identity();
  const ageRecipient = await identityToRecipient(ageIdentity);
  return { signing: { secretKey, publicKey }, ageIdentity, ageRecipient, ledgerId: ledgerIdOf(publicKey) };
}

/**
 * The ledger id of a signing public key: lowercase hex SHA-256 of its 32 raw bytes.
 * @throws TypeError if the key is not 32 bytes
 */
export function ledgerIdOf(publicKey: Uint8Array): string {
  if (publicKey.length !== SIGNING_PUBLIC_KEY_BYTES) {
    throw new TypeError('ledgerIdOf: not an Ed25519 public key');
  }
  return sha256Hex(publicKey);
}

/** The Ed25519 signature of the message. */
export function signBytes(secretKey: Uint8Array, message: Uint8Array): Uint8Array {
  return ed25519.sign(message, secretKey);
}

/**
 * Whether the signature is valid for the message and key, under strict RFC 8032 rules
 * (no ZIP-215 leniency, so a signature has one accepted encoding). Malformed input is
 * simply invalid.
 */
export function verifyBytes(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): boolean {
  if (publicKey.length !== SIGNING_PUBLIC_KEY_BYTES || signature.length !== SIGNATURE_BYTES) return false;
  try {
    return ed25519.verify(signature, message, publicKey, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * The start of a hex fingerprint in groups for people to read out and compare,
 * e.g. `a1b2 c3d4 …` (8 groups of 4 = 128 bits by default).
 * @throws TypeError if `hex` is not lowercase hex of at least groups × size digits
 */
export function fingerprintGroups(hex: string, layout: { groups?: number; size?: number } = {}): string {
  const groups = layout.groups ?? FINGERPRINT_GROUPS;
  const size = layout.size ?? FINGERPRINT_GROUP_CHARS;
  if (!/^[0-9a-f]+$/.test(hex) || hex.length < groups * size) {
    throw new TypeError('fingerprintGroups: bad fingerprint');
  }
  return Array.from({ length: groups }, (_, index) => hex.slice(index * size, (index + 1) * size)).join(' ');
}

/** An identity card (design §6.1), as held in a `*.habeas-card` file. */
export type IdentityCard = {
  format: typeof IDENTITY_CARD_FORMAT;
  facility: string;
  ledger: string;
  /** Ed25519 public key, base64url without padding. */
  signingKey: string;
  /** age X25519 recipient, `age1…`. */
  recipient: string;
  /** Lowercase hex SHA-256 of the canonical JSON of the card without this member. */
  fingerprint: string;
};

/**
 * The card of an installation.
 * @throws TypeError if the facility name, key or recipient is malformed
 */
export function makeIdentityCard(input: {
  facility: string;
  signingPublicKey: Uint8Array;
  recipient: string;
}): IdentityCard {
  if (!isX25519Recipient(input.recipient)) {
    throw new TypeError('makeIdentityCard: not an age X25519 recipient');
  }
  if (!facilityNameSchema.safeParse(input.facility).success) {
    throw new TypeError('makeIdentityCard: bad facility name');
  }
  const body: Omit<IdentityCard, 'fingerprint'> = {
    format: IDENTITY_CARD_FORMAT,
    facility: input.facility,
    ledger: ledgerIdOf(input.signingPublicKey),
    signingKey: toBase64url(input.signingPublicKey),
    recipient: input.recipient,
  };
  return { ...body, fingerprint: cardFingerprint(body) };
}

/** Lowercase hex SHA-256 of the canonical JSON of the card without `fingerprint`. */
export function cardFingerprint(card: Omit<IdentityCard, 'fingerprint'> | IdentityCard): string {
  const { format, facility, ledger, signingKey, recipient } = card;
  return sha256Hex(canonicalJson({ format, facility, ledger, signingKey, recipient }));
}

/** The card's file content: its canonical JSON. */
export function serializeIdentityCard(card: IdentityCard): string {
  return canonicalJson(card);
}

/** Why a card file was refused. */
export const CARD_PROBLEMS = [
  'too-large',
  'not-canonical-json',
  'schema',
  'bad-signing-key',
  'ledger-mismatch',
  'bad-recipient',
  'fingerprint-mismatch',
] as const;
/** One of CARD_PROBLEMS. */
export type CardProblem = (typeof CARD_PROBLEMS)[number];

const cardSchema = z.strictObject({
  format: z.literal(IDENTITY_CARD_FORMAT),
  facility: facilityNameSchema,
  ledger: z.string().regex(HEX_SHA256),
  signingKey: z.string(),
  recipient: z.string(),
  fingerprint: z.string().regex(HEX_SHA256),
});

/**
 * Reads a card file strictly: canonical JSON only (no duplicate or reserved keys), exactly
 * the card's members, a valid Ed25519 key whose ledger id matches, an age X25519 recipient
 * and a matching fingerprint. Says nothing about whether to trust it: that takes a person.
 */
export function parseIdentityCard(text: string): Result<IdentityCard, CardProblem> {
  if (text.length > IDENTITY_CARD_MAX_CHARS) return err('too-large');
  let value: unknown;
  try {
    value = parseCanonical(text);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return err('not-canonical-json');
    throw error;
  }
  const parsed = cardSchema.safeParse(value);
  if (!parsed.success) return err('schema');
  const card = parsed.data;
  const publicKey = signingKeyBytes(card.signingKey);
  if (!publicKey) return err('bad-signing-key');
  if (ledgerIdOf(publicKey) !== card.ledger) return err('ledger-mismatch');
  if (!isX25519Recipient(card.recipient)) return err('bad-recipient');
  if (cardFingerprint(card) !== card.fingerprint) return err('fingerprint-mismatch');
  return ok(card);
}

function signingKeyBytes(text: string): Uint8Array | undefined {
  try {
    const bytes = fromBase64url(text);
    if (bytes.length !== SIGNING_PUBLIC_KEY_BYTES) return undefined;
    ed25519.Point.fromBytes(bytes);
    return bytes;
  } catch {
    return undefined;
  }
}

/** Whether the text is an age X25519 recipient in its canonical lowercase form. */
export function isX25519Recipient(text: string): boolean {
  try {
    const decoded = bech32.decodeToBytes(text);
    return (
      decoded.prefix === AGE_RECIPIENT_PREFIX &&
      decoded.bytes.length === X25519_PUBLIC_KEY_BYTES &&
      text === text.toLowerCase()
    );
  } catch {
    return false;
  }
}
