/**
 * Building blocks of the custody payload schemas: bounded texts, times, authorities and
 * the vocabularies (legal categories, separation) that several event types share.
 */
import { z } from 'zod';
import { entityIdSchema, offsetDateTimeSchema, textSchema } from '../../ledger/envelope';
import { LEGAL_REGIMES } from '../../ledger/coreEventTypes';
import { known } from '../known';

/** Longest name or short label. */
export const SHORT_TEXT_MAX_CHARS = 200;
/** Longest descriptive text (circumstances, findings, grounds). */
export const LONG_TEXT_MAX_CHARS = 4000;
/** Most items in any list (aliases, documents, property, children). */
export const MAX_LIST_ITEMS = 100;

/** A name, label or authority. */
export const shortText = textSchema(SHORT_TEXT_MAX_CHARS);
/** A description. */
export const longText = textSchema(LONG_TEXT_MAX_CHARS);
/** A reason that must say something: whitespace alone is refused with the code `empty-reason`. */
export const reasonText = textSchema(LONG_TEXT_MAX_CHARS).refine((text) => text.trim().length > 0, {
  message: 'empty-reason',
});
/** An instant with the offset the user entered. */
export const instant = offsetDateTimeSchema;
/** A calendar date, `YYYY-MM-DD`. */
export const calendarDate = z.iso.date();
/**
 * A date of birth, possibly partial (`YYYY` or `YYYY-MM`): many detainees know only the
 * year, and a full date must not be invented to fill the field.
 */
export const partialDate = z.union([z.iso.date(), z.string().regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/)]);
/** Another event's id. */
export const eventIdRef = entityIdSchema;
/** A bounded list. */
export function listOf<T extends z.ZodType>(item: T) {
  return z.array(item).max(MAX_LIST_ITEMS);
}

/** The legal category of the person (SMR 11 legal reason; CIHL scope). */
export const LEGAL_CATEGORIES = [
  'pow',
  'civilian_internee',
  'niac_security_detainee',
  'criminal_remand',
  'convicted',
  'other',
] as const;
/** One of LEGAL_CATEGORIES. */
export type LegalCategory = (typeof LEGAL_CATEGORIES)[number];
/** The legal regime the record's safeguard rules follow. */
export const legalRegime = z.enum(LEGAL_REGIMES);
/** One legal regime. */
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

/** Sex as recorded where separation requires it (SMR 11, CIHL R.119). */
export const SEXES = ['female', 'male', 'intersex'] as const;
/** Self-perceived gender (SMR 7(a)). */
export const GENDER_IDENTITIES = ['woman', 'man', 'non_binary', 'other'] as const;
/** Quarters for separation by sex (AP II 5(2)(a)). */
export const QUARTERS = ['men', 'women', 'family_unit'] as const;
/** Age group of the quarters (CIHL R.120). */
export const AGE_GROUPS = ['adult', 'juvenile'] as const;
/** Separation by legal status (SMR 11). */
export const STATUS_GROUPS = ['untried', 'convicted', 'internee', 'pow', 'other'] as const;

/** Where a person is held, by separation category. */
export const separationSchema = z.strictObject({
  quarters: z.enum(QUARTERS),
  ageGroup: z.enum(AGE_GROUPS),
  statusGroup: z.enum(STATUS_GROUPS),
});
/** A separation category. */
export type Separation = z.infer<typeof separationSchema>;

/** A present/absent finding with an optional description (injuries, allegations). */
export const findingSchema = z.strictObject({ present: z.boolean(), description: longText.optional() });

/** A person to contact. */
export const contactSchema = z.strictObject({
  name: shortText,
  relationship: known(shortText),
  address: known(longText),
  phone: known(shortText),
});

/** Known text, short. */
export const knownShort = known(shortText);
/** Known text, long. */
export const knownLong = known(longText);
/** Known instant. */
export const knownInstant = known(instant);
/** Known yes/no. */
export const knownBoolean = known(z.boolean());
