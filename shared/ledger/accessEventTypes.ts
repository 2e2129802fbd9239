/**
 * Event types about access to an installation beyond the core user events: a user's
 * passphrase was replaced. The passphrase itself never appears; the event exists so the
 * audit trail shows who gave whom a new passphrase (an administrator who resets another
 * user's passphrase could then sign in as them, security.md T3), and by which route.
 */
import { z } from 'zod';
import { entityIdSchema } from './envelope';
import type { PayloadOf } from './registry';
import { createEventRegistry, defineEventType } from './registry';

/** How a new passphrase was set: by the user, by an administrator, or after unlocking with the recovery code. */
export const PASSPHRASE_RESET_METHODS = ['self', 'administrator', 'recovery_code'] as const;

/** A user's passphrase was replaced (their wrap of the data key was rewritten). */
export const userPassphraseReset = defineEventType(
  'user.passphrase_reset',
  z.strictObject({ userId: entityIdSchema, method: z.enum(PASSPHRASE_RESET_METHODS) }),
);

/** Payload types of the access event types, by type name. */
export type AccessPayloads = {
  'user.passphrase_reset': PayloadOf<typeof userPassphraseReset>;
};

/** A registry of the access event types, to merge with the core one. */
export const accessEventRegistry = createEventRegistry([userPassphraseReset]);
