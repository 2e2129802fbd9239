/**
 * The ledger event envelope of design §4.1, as strict zod schemas: exactly these
 * members, nothing else, each in its one accepted spelling (lowercase hex, lowercase
 * UUIDv7, `Z` for recordedAt). Everything an event says is covered by its hash, so a
 * looser schema would let two spellings of one fact hash differently.
 */
import { z } from 'zod';
import type { JsonObject } from '../crypto/canonicalJson';
import { isUuidV7 } from '../util/ids';

/** Lowercase hex SHA-256: ledger ids, event hashes. */
export const HEX_SHA256 = /^[0-9a-f]{64}$/;
/** Event type names: dot-separated lowercase words with underscores, e.g. `custody.transferred_out`. */
export const EVENT_TYPE_PATTERN = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:\.[a-z][a-z0-9]*(?:_[a-z0-9]+)*)+$/;
/** Ids of subjects and authors: UUIDs, ledger ids and similar ASCII tokens. */
export const ENTITY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
/** Longest event type name. */
export const EVENT_TYPE_MAX_CHARS = 64;
/** Longest subject or author id. */
export const ENTITY_ID_MAX_CHARS = 128;
/** Longest author display name. */
export const AUTHOR_NAME_MAX_CHARS = 200;

/**
 * C0/C1 controls and bidi embedding, override and isolate controls can hide or reorder
 * text on screen and in logs (security.md T2 d); right-to-left names render without them.
 */
export const CONTROL_CHARS = /[\p{Cc}\u202A-\u202E\u2066-\u2069]/u;

/** Lowercase hex SHA-256. */
export const hexSha256Schema = z.string().regex(HEX_SHA256);
/** An event type name. */
export const eventTypeSchema = z.string().max(EVENT_TYPE_MAX_CHARS).regex(EVENT_TYPE_PATTERN);
/** A subject or author id. */
export const entityIdSchema = z.string().max(ENTITY_ID_MAX_CHARS).regex(ENTITY_ID_PATTERN);
/** Non-empty text of at most `maxChars` UTF-16 units, without control or bidi-control characters. */
export function textSchema(maxChars: number) {
  return z
    .string()
    .min(1)
    .max(maxChars)
    .refine((text) => !CONTROL_CHARS.test(text), {
      message: 'must not contain control or bidi-control characters',
    });
}
/** A display name. */
export const displayNameSchema = textSchema(AUTHOR_NAME_MAX_CHARS);
/** An instant with an explicit offset (`Z` or `±hh:mm`), as the user entered it. */
export const offsetDateTimeSchema = z.iso.datetime({ offset: true });
/** An instant in UTC, ending in `Z`. */
export const utcDateTimeSchema = z.iso.datetime();
function isObjectRecord(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A JSON object (checked for plain JSON when hashed; see canonicalJson.ts). */
export const jsonObjectSchema = z.custom<JsonObject>(isObjectRecord, { message: 'must be a JSON object' });
/**
 * A draft's payload: typed loosely so payloads typed from zod schemas (with optional
 * members) can be passed as they are; append checks it is plain JSON and copies it.
 */
export const draftPayloadSchema = z.custom<Readonly<Record<string, unknown>>>(isObjectRecord, {
  message: 'must be a JSON object',
});

/** Who wrote an event: the user's id and display name at the time. */
export const authorSchema = z.strictObject({ id: entityIdSchema, name: displayNameSchema });
/** Who wrote an event. */
export type Author = z.infer<typeof authorSchema>;

const unhashedShape = {
  id: z.string().refine(isUuidV7, { message: 'must be a lowercase UUIDv7' }),
  ledger: hexSha256Schema,
  seq: z.number().int().positive(),
  type: eventTypeSchema,
  subject: entityIdSchema,
  occurredAt: offsetDateTimeSchema,
  recordedAt: utcDateTimeSchema,
  author: authorSchema,
  payload: jsonObjectSchema,
  prev: z.union([z.literal(''), hexSha256Schema]),
};

/** `prev` is "" exactly for the first event of a ledger. */
function hasConsistentPrev(event: { seq: number; prev: string }): boolean {
  return (event.seq === 1) === (event.prev === '');
}
const prevRule = { message: 'prev must be "" for seq 1 and a hash otherwise', path: ['prev'] };

/** An event before its hash is computed: what the hash covers. */
export const unhashedEventSchema = z.strictObject(unhashedShape).refine(hasConsistentPrev, prevRule);
/** A ledger event, as stored and exchanged. */
export const ledgerEventSchema = z
  .strictObject({ ...unhashedShape, hash: hexSha256Schema })
  .refine(hasConsistentPrev, prevRule);

/** A ledger event. */
export type LedgerEvent = z.infer<typeof ledgerEventSchema>;
/** A ledger event without its hash. */
export type UnhashedEvent = Omit<LedgerEvent, 'hash'>;

/** What a caller supplies to append an event; the ledger fills in the rest. */
export const eventDraftSchema = z.strictObject({
  type: eventTypeSchema,
  subject: entityIdSchema,
  occurredAt: offsetDateTimeSchema,
  payload: draftPayloadSchema,
});
/** What a caller supplies to append an event. */
export type EventDraft = z.infer<typeof eventDraftSchema>;
