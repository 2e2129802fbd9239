/**
 * The event types of the exchange (issue P5): contacts and their trust, and the history
 * of bundles sent, received, held and refused. They live in the installation's own ledger,
 * so contacts are sealed at rest like every event, audited with who did what, and never
 * edited in place: a change of roles or a revocation is a new event.
 *
 * Subjects: the contact's ledger id for `contact.*` (one contact per installation), the
 * manifest hash of the bundle for `bundle.*`.
 */
import { z } from 'zod';
import { sha256Hex } from '../crypto/hash';
import { hexSha256Schema, textSchema, utcDateTimeSchema } from '../ledger/envelope';
import { CARD_FACILITY_MAX_CHARS, cardFingerprint, IDENTITY_CARD_FORMAT, isX25519Recipient } from '../ledger/identity';
import type { PayloadOf } from '../ledger/registry';
import { createEventRegistry, defineEventType } from '../ledger/registry';
import { fromBase64url } from '../util/bytes';

/** Longest reason given for a revocation. */
export const REVOKE_REASON_MAX_CHARS = 500;
/** Longest bundle file name kept in the history (bundleFileName makes ~40 characters). */
export const FILE_NAME_MAX_CHARS = 200;
/** Most contacts one bundle is addressed to (age stanzas are capped at 64). */
export const MAX_BUNDLE_CONTACTS = 64;
/** Most segments recorded for one bundle (as in the manifest). */
const MAX_HISTORY_SEGMENTS = 4096;

const BASE64URL_ED25519_KEY = /^[A-Za-z0-9_-]{43}$/;
const seqSchema = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER);
const countSchema = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** Whether the card's ledger id is the SHA-256 of its key and its fingerprint matches its members. */
function isConsistentCard(card: { ledger: string; signingKey: string; recipient: string; fingerprint: string; facility: string }): boolean {
  try {
    const key = fromBase64url(card.signingKey);
    if (key.length !== 32 || sha256Hex(key) !== card.ledger || !isX25519Recipient(card.recipient)) return false;
    return cardFingerprint({ ...card, format: IDENTITY_CARD_FORMAT }) === card.fingerprint;
  } catch {
    return false;
  }
}

/** An identity card as stored in a `contact.added` event (design §6.1). */
export const cardSchema = z
  .strictObject({
    format: z.literal(IDENTITY_CARD_FORMAT),
    facility: textSchema(CARD_FACILITY_MAX_CHARS),
    ledger: hexSha256Schema,
    signingKey: z.string().regex(BASE64URL_ED25519_KEY),
    recipient: z.string().startsWith('age1'),
    fingerprint: hexSha256Schema,
  })
  .refine(isConsistentCard, { message: 'the card is not consistent (key, ledger, recipient or fingerprint)' });

/** What a contact is for: I send to a recipient; I accept bundles from a source. */
export const contactRolesSchema = z
  .strictObject({ recipient: z.boolean(), source: z.boolean() })
  .refine((roles) => roles.recipient || roles.source, { message: 'a contact needs at least one role' });
/** A contact's roles. */
export type ContactRoles = z.infer<typeof contactRolesSchema>;

/** How two people compared a fingerprint. */
export const FINGERPRINT_METHODS = ['in_person', 'phone', 'video', 'qr_code'] as const;
/** One of FINGERPRINT_METHODS. */
export type FingerprintMethod = (typeof FINGERPRINT_METHODS)[number];

/** A contact was added from their identity card; not yet trusted. */
export const contactAdded = defineEventType(
  'contact.added',
  z.strictObject({ card: cardSchema, roles: contactRolesSchema }),
);

/** A person compared the contact's fingerprint with the contact and confirmed it matches. */
export const contactTrusted = defineEventType(
  'contact.trusted',
  z.strictObject({ ledger: hexSha256Schema, fingerprint: hexSha256Schema, method: z.enum(FINGERPRINT_METHODS) }),
);

/** The contact's roles changed; the payload holds both new roles. */
export const contactRolesChanged = defineEventType(
  'contact.roles_changed',
  z.strictObject({ ledger: hexSha256Schema, roles: contactRolesSchema }),
);

/**
 * The contact's key must no longer be used: nothing more is sent to it, and its bundles
 * numbered `revokedFromBundleSeq` or later are refused. What was received before stays.
 */
export const contactRevoked = defineEventType(
  'contact.revoked',
  z.strictObject({ ledger: hexSha256Schema, reason: textSchema(REVOKE_REASON_MAX_CHARS), revokedFromBundleSeq: seqSchema }),
);

/** The part of one ledger a bundle carried. */
export const historySegmentSchema = z
  .strictObject({ ledger: hexSha256Schema, fromSeq: seqSchema, toSeq: seqSchema, headHash: hexSha256Schema })
  .refine((segment) => segment.toSeq >= segment.fromSeq, { message: 'toSeq must not be below fromSeq' });
/** The part of one ledger a bundle carried. */
export type HistorySegment = z.infer<typeof historySegmentSchema>;

/** Who can open an exported bundle: contacts (by ledger id, with their recipients' fingerprints), or a passphrase. */
export const exportAddresseesSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('contacts'),
    ledgers: z.array(hexSha256Schema).min(1).max(MAX_BUNDLE_CONTACTS),
    recipientFingerprints: z.array(hexSha256Schema).min(1).max(MAX_BUNDLE_CONTACTS),
  }),
  z.strictObject({ kind: z.literal('passphrase') }),
]);
/** Who can open an exported bundle. */
export type ExportAddressees = z.infer<typeof exportAddresseesSchema>;

/** A bundle was written, saved, read back and found identical (security.md T5). */
export const bundleExported = defineEventType(
  'bundle.exported',
  z.strictObject({
    manifestHash: hexSha256Schema,
    bundleSeq: seqSchema,
    prevBundle: z.union([z.literal(''), hexSha256Schema]),
    createdAt: utcDateTimeSchema,
    to: exportAddresseesSchema,
    scope: z.enum(['new', 'everything']),
    segments: z.array(historySegmentSchema).max(MAX_HISTORY_SEGMENTS),
    eventCount: countSchema,
    fileName: z.string().min(1).max(FILE_NAME_MAX_CHARS),
    fileSha256: hexSha256Schema,
    fileBytes: countSchema,
  }),
);

/** The sender of a received bundle, as its signed manifest names it. */
export const bundleSenderSchema = z.strictObject({ ledger: hexSha256Schema, facility: textSchema(CARD_FACILITY_MAX_CHARS) });

const receivedShape = {
  manifestHash: hexSha256Schema,
  fileSha256: hexSha256Schema,
  sender: bundleSenderSchema,
  bundleSeq: seqSchema,
  prevBundle: z.union([z.literal(''), hexSha256Schema]),
  createdAt: utcDateTimeSchema,
};

/** A received bundle was verified and its new events applied. */
export const bundleImported = defineEventType(
  'bundle.imported',
  z.strictObject({
    ...receivedShape,
    decryptedWith: z.enum(['identity', 'passphrase']),
    segments: z.array(historySegmentSchema).max(MAX_HISTORY_SEGMENTS),
    newEventCount: countSchema,
    /** Events per ledger that were new here (the rest were already held). */
    newByLedger: z.array(z.strictObject({ ledger: hexSha256Schema, fromSeq: seqSchema, toSeq: seqSchema })).max(MAX_HISTORY_SEGMENTS),
    /** Set when the bundle had been held until a missing one arrived. */
    wasHeld: z.boolean(),
  }),
);

/** A received bundle passed every check but continuity: events are missing, so it is kept (sealed) until they arrive. */
export const bundleHeld = defineEventType(
  'bundle.held',
  z.strictObject({
    ...receivedShape,
    missingBundleSeq: seqSchema.nullable(),
    missingLedger: hexSha256Schema,
    missingFrom: seqSchema,
    missingTo: seqSchema,
    /** Id of the sealed copy of the file. */
    storedAs: z.uuid(),
  }),
);

/** Continuity failures that suggest tampering; the bundle is refused and kept as evidence. */
export const EVIDENCE_CODES = ['fork', 'conflicting-bundle', 'broken-bundle-chain'] as const;
/** One of EVIDENCE_CODES. */
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

/** A signed bundle was refused as possible tampering; its file is kept (sealed) as evidence. */
export const bundleRefused = defineEventType(
  'bundle.refused',
  z.strictObject({
    ...receivedShape,
    code: z.enum(EVIDENCE_CODES),
    /** For a fork: the ledger, the seq and the two hashes that disagree. */
    fork: z.strictObject({ ledger: hexSha256Schema, seq: countSchema, knownHash: z.string().max(64), incomingHash: z.string().max(64) }).nullable(),
    storedAs: z.uuid(),
  }),
);

/** Payload types of the exchange event types, by type name. */
export type ExchangePayloads = {
  'contact.added': PayloadOf<typeof contactAdded>;
  'contact.trusted': PayloadOf<typeof contactTrusted>;
  'contact.roles_changed': PayloadOf<typeof contactRolesChanged>;
  'contact.revoked': PayloadOf<typeof contactRevoked>;
  'bundle.exported': PayloadOf<typeof bundleExported>;
  'bundle.imported': PayloadOf<typeof bundleImported>;
  'bundle.held': PayloadOf<typeof bundleHeld>;
  'bundle.refused': PayloadOf<typeof bundleRefused>;
};

/** The exchange event types. */
export const EXCHANGE_EVENT_TYPES = [
  contactAdded,
  contactTrusted,
  contactRolesChanged,
  contactRevoked,
  bundleExported,
  bundleImported,
  bundleHeld,
  bundleRefused,
] as const;

/** A registry of the exchange event types, to merge with the core one. */
export const exchangeEventRegistry = createEventRegistry(EXCHANGE_EVENT_TYPES);
