/**
 * The facility profile form: its values as typed, and their check against the profile
 * schema of `ledger.created`, with one message per field saying what is wrong and what to
 * do. Messages are translation keys; the form shows them.
 */
import { facilityProfileSchema, MAX_OFFICIAL_CAPACITY } from '@shared/ledger/coreEventTypes';
import type { FACILITY_TYPES, FacilityProfile, LEGAL_REGIMES } from '@shared/ledger/coreEventTypes';
import type { TranslationKey } from '../../i18n/translationKey';
import { asciiDigits, cleanText, textProblem } from '@shared/util/text';
import type { TextProblem } from '@shared/util/text';

export type FacilityType = (typeof FACILITY_TYPES)[number];
export type LegalRegime = (typeof LEGAL_REGIMES)[number];

export type FacilityFormValues = {
  name: string;
  code: string;
  registerPrefix: string;
  type: FacilityType;
  location: string;
  responsibleAuthority: string;
  officialCapacity: string;
  timeZone: string;
  legalRegime: LegalRegime;
};

export type FacilityField = keyof FacilityFormValues;
export type FacilityErrors = Partial<Record<FacilityField, TranslationKey>>;

const NAME_MAX = 200;
const CODE_MAX = 64;
const TEXT_MAX = 500;
const REGISTER_PREFIX = /^[A-Z0-9]{1,8}$/;

export function emptyFacilityForm(timeZone: string): FacilityFormValues {
  return {
    name: '',
    code: '',
    registerPrefix: '',
    type: 'prison',
    location: '',
    responsibleAuthority: '',
    officialCapacity: '',
    timeZone,
    legalRegime: 'criminal',
  };
}

const TEXT_MESSAGES: Record<'name' | 'code' | 'location' | 'responsibleAuthority', Record<TextProblem, TranslationKey>> = {
  name: { required: 'setup.facility.errors.nameRequired', 'too-long': 'setup.facility.errors.nameTooLong', control: 'setup.errors.control' },
  code: { required: 'setup.facility.errors.codeRequired', 'too-long': 'setup.facility.errors.codeTooLong', control: 'setup.errors.control' },
  location: { required: 'setup.facility.errors.locationRequired', 'too-long': 'setup.facility.errors.locationTooLong', control: 'setup.errors.control' },
  responsibleAuthority: {
    required: 'setup.facility.errors.authorityRequired',
    'too-long': 'setup.facility.errors.authorityTooLong',
    control: 'setup.errors.control',
  },
};

const TEXT_LIMITS = { name: NAME_MAX, code: CODE_MAX, location: TEXT_MAX, responsibleAuthority: NAME_MAX } as const;

/** The capacity as a number, if it is a whole number in range. */
export function parseCapacity(value: string): number | undefined {
  const digits = asciiDigits(value).trim();
  if (!/^\d{1,7}$/.test(digits)) return undefined;
  const capacity = Number(digits);
  return capacity <= MAX_OFFICIAL_CAPACITY ? capacity : undefined;
}

/** Whether the runtime knows this IANA zone (the schema only checks its shape). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone.length > 0;
  } catch {
    return false;
  }
}

export function validateFacility(values: FacilityFormValues): { errors: FacilityErrors; profile?: FacilityProfile } {
  const errors: FacilityErrors = {};
  for (const field of ['name', 'code', 'location', 'responsibleAuthority'] as const) {
    const problem = textProblem(values[field], TEXT_LIMITS[field]);
    if (problem !== null) errors[field] = TEXT_MESSAGES[field][problem];
  }
  const registerPrefix = cleanText(values.registerPrefix).toUpperCase();
  if (!REGISTER_PREFIX.test(registerPrefix)) errors.registerPrefix = 'setup.facility.errors.prefixFormat';
  const officialCapacity = parseCapacity(values.officialCapacity);
  if (officialCapacity === undefined) errors.officialCapacity = 'setup.facility.errors.capacity';
  if (!isKnownTimeZone(values.timeZone)) errors.timeZone = 'setup.facility.errors.timeZone';
  if (Object.keys(errors).length > 0 || officialCapacity === undefined) return { errors };
  const candidate = {
    name: cleanText(values.name),
    code: cleanText(values.code),
    registerPrefix,
    type: values.type,
    location: cleanText(values.location),
    responsibleAuthority: cleanText(values.responsibleAuthority),
    officialCapacity,
    timeZone: values.timeZone,
    legalRegime: values.legalRegime,
  };
  const parsed = facilityProfileSchema.safeParse(candidate);
  return parsed.success ? { errors, profile: parsed.data } : { errors: { timeZone: 'setup.facility.errors.timeZone' } };
}
