/**
 * Ledger event types of person matching (issue P6 item 4): an adviser's decision on a
 * proposed pair of custody records. A decision is never erased: withdrawing one is a new
 * event, so the history of who linked whom, and why, stays in the ledger and travels in
 * bundles to fellow advisers. Subject: `pairKey` of the two record ids (matching.ts).
 * Released types are frozen: loosening a rule later is compatible, tightening is not.
 */
import { z } from 'zod';
import { entityIdSchema } from '../ledger/envelope';
import type { PayloadOf } from '../ledger/registry';
import { createEventRegistry, defineEventType } from '../ledger/registry';
import { noteSchema } from '../inspection/text';

/** Longest note on a decision. */
export const MATCH_NOTE_MAX_CHARS = 2000;

/** The two records of a pair, different, in id order (as pairKey writes them). */
export const matchRecordsSchema = z
  .tuple([entityIdSchema, entityIdSchema])
  .refine(([a, b]) => a < b, { message: 'the two records must differ and be in id order' });

const decisionShape = {
  records: matchRecordsSchema,
  /** The score shown when the adviser decided, 0 to 100, kept so the decision reads in its context. */
  score: z.number().int().min(0).max(100),
  note: noteSchema(MATCH_NOTE_MAX_CHARS).optional(),
};

/** The adviser judged that both records describe one person. */
export const matchConfirmed = defineEventType('person.match.confirmed', z.strictObject(decisionShape));

/** The adviser judged that the records describe two people. */
export const matchRejected = defineEventType('person.match.rejected', z.strictObject(decisionShape));

/** The adviser took back the pair's last decision: the pair is a candidate again. */
export const matchWithdrawn = defineEventType(
  'person.match.withdrawn',
  z.strictObject({ records: matchRecordsSchema, note: noteSchema(MATCH_NOTE_MAX_CHARS).optional() }),
);

/** Payload types of the matching event types, by type name. */
export type MatchPayloads = {
  'person.match.confirmed': PayloadOf<typeof matchConfirmed>;
  'person.match.rejected': PayloadOf<typeof matchRejected>;
  'person.match.withdrawn': PayloadOf<typeof matchWithdrawn>;
};

/** One of the matching event types. */
export type MatchEventType = keyof MatchPayloads;

/** The matching event types. */
export const MATCH_EVENT_TYPES = [matchConfirmed, matchRejected, matchWithdrawn] as const;

/** A registry of the matching event types, to merge with the core registry. */
export const matchEventRegistry = createEventRegistry(MATCH_EVENT_TYPES);
