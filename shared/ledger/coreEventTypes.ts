/**
 * The event types every ledger uses from the start: its creation with the facility
 * profile, the facility's users, profile changes and noted clock regressions (security.md
 * T6). Subjects by convention: the ledger id for `ledger.*`, `facility.*` and `clock.*`,
 * the user's id for `user.*`. Released types are frozen: loosening a rule later is
 * compatible, tightening one is not, so new rules go into new types.
 */
import { z } from 'zod';
import { entityIdSchema, textSchema, utcDateTimeSchema } from './envelope';
import type { PayloadOf } from './registry';
import { createEventRegistry, defineEventType } from './registry';

/** Kinds of place of detention. */
export const FACILITY_TYPES = ['prison', 'police_station', 'military', 'internment'] as const;
/**
 * The legal framework the detention falls under: international or non-international armed
 * conflict, or criminal law.
 */
export const LEGAL_REGIMES = ['iac', 'niac', 'criminal'] as const;
/** Roles a user of an installation can hold. */
export const USER_ROLES = ['registrar', 'supervisor', 'medical', 'adviser', 'administrator'] as const;
/** One of USER_ROLES. */
export type UserRole = (typeof USER_ROLES)[number];

/** Longest free-text field in core payloads (locations, reasons). */
export const CORE_TEXT_MAX_CHARS = 500;
/** Largest official capacity a facility may declare. */
export const MAX_OFFICIAL_CAPACITY = 1_000_000;

// Checked by shape only: whether a zone exists depends on the runtime's tz database, and
// a chain must verify the same everywhere. The UI checks the name against Intl on entry.
const IANA_TIME_ZONE = /^(?:UTC|[A-Z][A-Za-z_]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;
const TIME_ZONE_MAX_CHARS = 64;
const REGISTER_PREFIX = /^[A-Z0-9]{1,8}$/;
const FACILITY_CODE_MAX_CHARS = 64;

const NAME_MAX_CHARS = 200;

/** The facility profile, as of `ledger.created` and each `facility.updated`. */
export const facilityProfileSchema = z.strictObject({
  name: textSchema(NAME_MAX_CHARS),
  code: textSchema(FACILITY_CODE_MAX_CHARS),
  registerPrefix: z.string().regex(REGISTER_PREFIX),
  type: z.enum(FACILITY_TYPES),
  location: textSchema(CORE_TEXT_MAX_CHARS),
  responsibleAuthority: textSchema(NAME_MAX_CHARS),
  officialCapacity: z.number().int().min(0).max(MAX_OFFICIAL_CAPACITY),
  timeZone: z.string().max(TIME_ZONE_MAX_CHARS).regex(IANA_TIME_ZONE),
  legalRegime: z.enum(LEGAL_REGIMES),
});
/** The facility profile. */
export type FacilityProfile = z.infer<typeof facilityProfileSchema>;

/** First event of every ledger: the facility profile at creation. */
export const ledgerCreated = defineEventType('ledger.created', facilityProfileSchema);
/** The facility profile changed; the payload is the whole new profile. */
export const facilityUpdated = defineEventType('facility.updated', facilityProfileSchema);

/** A user was given access to this installation. */
export const userAdded = defineEventType(
  'user.added',
  z.strictObject({ userId: entityIdSchema, name: textSchema(NAME_MAX_CHARS), role: z.enum(USER_ROLES) }),
);
/** A user's access was withdrawn. */
export const userRemoved = defineEventType(
  'user.removed',
  z.strictObject({ userId: entityIdSchema, reason: textSchema(CORE_TEXT_MAX_CHARS) }),
);
/** A user's role changed. */
export const userRoleChanged = defineEventType(
  'user.role_changed',
  z
    .strictObject({ userId: entityIdSchema, fromRole: z.enum(USER_ROLES), toRole: z.enum(USER_ROLES) })
    .refine((change) => change.fromRole !== change.toRole, {
      message: 'roles must differ',
      path: ['toRole'],
    }),
);
/**
 * The device clock read earlier than the highest time seen before (security.md T6):
 * `observedAt` < `highWaterMark`, by `regressionMs`.
 */
export const clockRegressionNoted = defineEventType(
  'clock.regression_noted',
  z
    .strictObject({
      highWaterMark: utcDateTimeSchema,
      observedAt: utcDateTimeSchema,
      regressionMs: z.number().int().positive(),
    })
    .refine((noted) => Date.parse(noted.observedAt) < Date.parse(noted.highWaterMark), {
      message: 'observedAt must be earlier than highWaterMark',
      path: ['observedAt'],
    }),
);

/** Payload types of the core event types, by type name. */
export type CorePayloads = {
  'ledger.created': PayloadOf<typeof ledgerCreated>;
  'facility.updated': PayloadOf<typeof facilityUpdated>;
  'user.added': PayloadOf<typeof userAdded>;
  'user.removed': PayloadOf<typeof userRemoved>;
  'user.role_changed': PayloadOf<typeof userRoleChanged>;
  'clock.regression_noted': PayloadOf<typeof clockRegressionNoted>;
};

/** The core event types. */
export const CORE_EVENT_TYPES = [
  ledgerCreated,
  facilityUpdated,
  userAdded,
  userRemoved,
  userRoleChanged,
  clockRegressionNoted,
] as const;

/** A registry of the core event types, to merge with feature registries. */
export const coreEventRegistry = createEventRegistry(CORE_EVENT_TYPES);
