/**
 * The signed manifest of bundle format v1 (design §6 item 2, §6.1): its schema, its one
 * byte encoding (RFC 8785 canonical JSON), the signature message, and the fingerprints
 * and hashes it refers to. The schema is strict and shared by writer and reader, so the
 * writer can never sign a manifest the reader would refuse.
 */
import { z } from 'zod';
import { canonicalJson, CanonicalJsonError, parseCanonicalBytes } from '../crypto/canonicalJson';
import { sha256Hex } from '../crypto/hash';
import { hexSha256Schema, textSchema, utcDateTimeSchema } from '../ledger/envelope';
import { CARD_FACILITY_MAX_CHARS, ledgerIdOf } from '../ledger/identity';
import { concatBytes, fromBase64url, utf8Encode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { BundleProblem } from './errors';
import { excerpt, problem } from './errors';
import { MAX_RECIPIENTS, MAX_SEGMENTS } from './limits';

/** The format tag of bundle format v1, also the signature's domain separation prefix. */
export const BUNDLE_FORMAT = 'habeas-bundle/1';
/** Name of the manifest entry. */
export const MANIFEST_ENTRY = 'manifest.json';
/** Name of the signature entry. */
export const SIGNATURE_ENTRY = 'manifest.sig';
/** Name of the events entry. */
export const EVENTS_ENTRY = 'events.ndjson';
/** Name of the optional padding entry. */
export const PADDING_ENTRY = 'padding';
/** Bytes signed before the manifest's bytes: the format tag and a line feed. */
export const SIGNATURE_PREFIX = `${BUNDLE_FORMAT}\n`;
/** Longest application name or version in a manifest. */
export const APP_FIELD_MAX_CHARS = 64;

const BASE64URL_ED25519_KEY = /^[A-Za-z0-9_-]{43}$/;
const maxSafe = Number.MAX_SAFE_INTEGER;
const seqSchema = z.number().int().min(1).max(maxSafe);
const countSchema = z.number().int().min(0).max(maxSafe);
const prevSchema = z.union([z.literal(''), hexSha256Schema]);

/** One ledger's part of a bundle: consecutive events `fromSeq`..`toSeq`. */
export const segmentSchema = z
  .strictObject({ ledger: hexSha256Schema, fromSeq: seqSchema, toSeq: seqSchema, fromPrev: prevSchema, headHash: hexSha256Schema })
  .refine((s) => s.toSeq >= s.fromSeq, { message: 'toSeq must not be below fromSeq', path: ['toSeq'] })
  .refine((s) => (s.fromSeq === 1) === (s.fromPrev === ''), { message: 'fromPrev is "" exactly for seq 1', path: ['fromPrev'] });
/** One ledger's part of a bundle. */
export type ManifestSegment = z.infer<typeof segmentSchema>;

const senderSchema = z
  .strictObject({
    ledger: hexSha256Schema,
    signingKey: z.string().regex(BASE64URL_ED25519_KEY),
    facility: textSchema(CARD_FACILITY_MAX_CHARS),
  })
  .refine((sender) => ledgerOfKey(sender.signingKey) === sender.ledger, {
    message: 'ledger must be the SHA-256 of signingKey',
    path: ['ledger'],
  });

/** The manifest of a bundle (design §6.1). */
export const manifestSchema = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    createdAt: utcDateTimeSchema,
    app: z.strictObject({ name: textSchema(APP_FIELD_MAX_CHARS), version: textSchema(APP_FIELD_MAX_CHARS) }),
    sender: senderSchema,
    recipients: z.array(hexSha256Schema).max(MAX_RECIPIENTS),
    bundleSeq: seqSchema,
    prevBundle: prevSchema,
    segments: z.array(segmentSchema).max(MAX_SEGMENTS),
    events: z.strictObject({ file: z.literal(EVENTS_ENTRY), sha256: hexSha256Schema, count: countSchema, bytes: countSchema }),
  })
  .refine((m) => isStrictlyAscending(m.recipients), { message: 'recipients must be sorted, without repeats', path: ['recipients'] })
  .refine((m) => isStrictlyAscending(m.segments.map((s) => s.ledger)), { message: 'segments must be sorted by ledger, one per ledger', path: ['segments'] })
  .refine((m) => (m.bundleSeq === 1) === (m.prevBundle === ''), { message: 'prevBundle is "" exactly for bundle 1', path: ['prevBundle'] })
  .refine((m) => m.events.count === segmentEventCount(m.segments), { message: 'count must equal the events of all segments', path: ['events', 'count'] })
  .refine((m) => (m.events.count === 0) === (m.events.bytes === 0), { message: 'bytes must be 0 exactly when count is 0', path: ['events', 'bytes'] });
/** The manifest of a bundle. */
export type BundleManifest = z.infer<typeof manifestSchema>;

/** Lowercase hex SHA-256 of an age recipient string (`age1…`), as listed in `recipients`. */
export function recipientFingerprint(recipient: string): string {
  return sha256Hex(utf8Encode(recipient));
}

/** Lowercase hex SHA-256 of a manifest's bytes: its identity, and the next bundle's `prevBundle`. */
export function manifestHashOf(manifestBytes: Uint8Array): string {
  return sha256Hex(manifestBytes);
}

/** The bytes an Ed25519 signature covers: `"habeas-bundle/1\n"` then the manifest's exact bytes. */
export function signatureMessage(manifestBytes: Uint8Array): Uint8Array {
  return concatBytes(utf8Encode(SIGNATURE_PREFIX), manifestBytes);
}

/** Number of events the segments cover. */
export function segmentEventCount(segments: readonly ManifestSegment[]): number {
  return segments.reduce((sum, s) => sum + (s.toSeq - s.fromSeq + 1), 0);
}

/**
 * The manifest's file bytes: UTF-8 of its canonical JSON, after checking it against the
 * schema the reader applies.
 * @throws TypeError naming the first rule the manifest breaks
 */
export function encodeManifest(manifest: BundleManifest): Uint8Array {
  const checked = manifestSchema.safeParse(manifest);
  if (!checked.success) throw new TypeError(`encodeManifest: ${firstIssue(checked.error.issues)}`);
  return utf8Encode(canonicalJson(manifest));
}

/**
 * Reads manifest bytes strictly: canonical JSON (no whitespace, duplicate or reserved
 * keys, other spellings), the v1 format tag, then the schema. The format tag is looked at
 * first so a newer bundle gets "unsupported format", not a list of schema complaints.
 */
export function parseManifest(manifestBytes: Uint8Array): Result<BundleManifest, BundleProblem> {
  let value: unknown;
  try {
    value = parseCanonicalBytes(manifestBytes);
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    return err(problem('bad-manifest', { reason: 'not-canonical-json', detail: `${error.code} at ${error.path}` }));
  }
  const format = typeof value === 'object' && value !== null && 'format' in value ? value.format : undefined;
  if (typeof format === 'string' && format !== BUNDLE_FORMAT) {
    return err(problem('unsupported-format', { format: excerpt(format) }));
  }
  const parsed = manifestSchema.safeParse(value);
  if (!parsed.success) return err(problem('bad-manifest', { reason: 'schema', detail: firstIssue(parsed.error.issues) }));
  return ok(parsed.data);
}

/** Issues name members and rules, never values (values may be personal data). */
export function firstIssue(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  const issue = issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(manifest)'}: ${issue.message}` : 'invalid';
}

function ledgerOfKey(signingKey: string): string | undefined {
  try {
    const key = fromBase64url(signingKey);
    return key.length === 32 ? ledgerIdOf(key) : undefined;
  } catch {
    return undefined;
  }
}

function isStrictlyAscending(values: readonly string[]): boolean {
  return values.every((value, index) => index === 0 || (values[index - 1] ?? '') < value);
}
