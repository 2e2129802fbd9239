/**
 * Corrections, voids and confirmations: the register is never edited in place (design
 * §2.1). A correction names a field of an earlier event and gives old → new with a reason;
 * a void withdraws an event with a reason. A void, or a correction of an identity field,
 * takes effect only once a second user confirms it (issue P3).
 */
import { z } from 'zod';
import { RESERVED_KEYS } from '../../crypto/canonicalJson';
import { defineEventType } from '../../ledger/registry';
import { FIELD_PATH_MAX_CHARS, FIELD_PATH_PATTERN, pathSegments } from '../jsonPath';
import { eventIdRef, longText, reasonText } from './common';

/** The path `@occurredAt` corrects the target event's time instead of a payload field. */
export const OCCURRED_AT_PATH = '@occurredAt';

/** A payload field path, or OCCURRED_AT_PATH. */
export const correctionPathSchema = z
  .string()
  .max(FIELD_PATH_MAX_CHARS)
  .refine((path) => path === OCCURRED_AT_PATH || FIELD_PATH_PATTERN.test(path), { message: 'bad-path' })
  .refine((path) => !pathSegments(path).some((segment) => RESERVED_KEYS.has(segment)), { message: 'bad-path' });

/**
 * A field of an earlier event changed from `from` to `to`. `from` is what the author saw,
 * so concurrent corrections of one field are detected instead of silently lost.
 */
export const custodyCorrected = defineEventType(
  'custody.corrected',
  z.strictObject({
    targetEventId: eventIdRef,
    path: correctionPathSchema,
    from: z.json(),
    to: z.json(),
    reason: reasonText,
  }),
);

/** An earlier event is withdrawn: kept and shown, no longer counted. */
export const custodyVoided = defineEventType(
  'custody.voided',
  z.strictObject({ targetEventId: eventIdRef, reason: reasonText }),
);

/** A second user confirms a void or an identity correction. */
export const custodyConfirmed = defineEventType(
  'custody.confirmed',
  z.strictObject({ targetEventId: eventIdRef, note: longText.optional() }),
);
