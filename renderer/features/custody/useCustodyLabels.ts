import type { TFunction } from 'i18next';
import type { AGE_GROUPS, GENDER_IDENTITIES, LegalCategory, LegalRegime, QUARTERS, SEXES, STATUS_GROUPS } from '@shared/custody/events/common';
import { isCustodyEventType } from '@shared/custody/eventTypes';
import type { Known, UnknownReason } from '@shared/custody/known';
import type { ChildStatus } from '@shared/custody/projection/ages';
import type { CustodyStatus, RecordProblemCode } from '@shared/custody/projection/types';
import type { SafeguardNote, SafeguardRuleId, SafeguardState } from '@shared/custody/safeguards';
import type { LegalForce } from '@shared/custody/standardsMap';
import type { ValidationProblem } from '@shared/custody/validation';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdmissionSectionId } from './fieldKeys';
import { fieldKeyOf, SECTION_KEYS } from './fieldKeys';
import { PROBLEM_KEYS } from './problemKeys';
import {
  AGE_GROUP_KEYS,
  CHILD_STATUS_KEYS,
  DOCUMENT_HELD_BY_KEYS,
  EVENT_TYPE_KEYS,
  GENDER_IDENTITY_KEYS,
  LEGAL_CATEGORY_KEYS,
  LEGAL_FORCE_KEYS,
  LEGAL_REGIME_KEYS,
  QUARTERS_KEYS,
  RECORD_PROBLEM_KEYS,
  SAFEGUARD_NOTE_KEYS,
  SAFEGUARD_RULE_KEYS,
  SAFEGUARD_STATE_KEYS,
  SEX_KEYS,
  STATUS_GROUP_KEYS,
  STATUS_KEYS,
  UNKNOWN_REASON_KEYS,
} from './vocabularyKeys';

/** The register's words in the user's language. */
export type CustodyLabels = {
  /** A custody event type; another type (from a newer version) reads as its raw name. */
  eventType: (type: string) => string;
  /** A status, or `voided` for a record whose admission was voided. */
  status: (status: CustodyStatus | 'voided') => string;
  legalCategory: (category: LegalCategory) => string;
  legalRegime: (regime: LegalRegime) => string;
  unknownReason: (reason: UnknownReason) => string;
  safeguardRule: (ruleId: SafeguardRuleId) => string;
  safeguardState: (state: SafeguardState) => string;
  safeguardNote: (note: SafeguardNote) => string;
  /**
   * A validation problem as one sentence naming the field, what is wrong and what to do.
   * `fieldLabel` names a field this vocabulary does not know (an event form's own field).
   */
  problem: (problem: ValidationProblem, fieldLabel?: string) => string;
  /** An admission field (or a member of one, or an envelope field) by path; the path itself if unknown. */
  field: (fieldId: string) => string;
  /** Whether `field` knows the path. */
  hasField: (fieldId: string) => boolean;
  section: (sectionId: AdmissionSectionId) => string;
  recordProblem: (code: RecordProblemCode) => string;
  legalForce: (force: LegalForce) => string;
  sex: (sex: (typeof SEXES)[number]) => string;
  genderIdentity: (gender: (typeof GENDER_IDENTITIES)[number]) => string;
  quarters: (quarters: (typeof QUARTERS)[number]) => string;
  ageGroup: (group: (typeof AGE_GROUPS)[number]) => string;
  statusGroup: (group: (typeof STATUS_GROUPS)[number]) => string;
  childStatus: (status: ChildStatus) => string;
  documentHeldBy: (holder: 'detainee' | 'facility') => string;
  /** A Known for reading: its value through `format`, or why there is none. */
  known: <T>(field: Known<T> | undefined, format: (value: T) => string) => string;
};

type Translate = TFunction;
type Vocabulary = Omit<CustodyLabels, 'problem' | 'field' | 'hasField' | 'known'>;

function vocabulary(t: Translate): Vocabulary {
  return {
    eventType: (type) => (isCustodyEventType(type) ? t(EVENT_TYPE_KEYS[type]) : type),
    status: (value) => t(STATUS_KEYS[value]),
    legalCategory: (category) => t(LEGAL_CATEGORY_KEYS[category]),
    legalRegime: (regime) => t(LEGAL_REGIME_KEYS[regime]),
    unknownReason: (reason) => t(UNKNOWN_REASON_KEYS[reason]),
    safeguardRule: (ruleId) => t(SAFEGUARD_RULE_KEYS[ruleId]),
    safeguardState: (state) => t(SAFEGUARD_STATE_KEYS[state]),
    safeguardNote: (note) => t(SAFEGUARD_NOTE_KEYS[note]),
    section: (sectionId) => t(SECTION_KEYS[sectionId]),
    recordProblem: (code) => t(RECORD_PROBLEM_KEYS[code]),
    legalForce: (force) => t(LEGAL_FORCE_KEYS[force]),
    sex: (value) => t(SEX_KEYS[value]),
    genderIdentity: (value) => t(GENDER_IDENTITY_KEYS[value]),
    quarters: (value) => t(QUARTERS_KEYS[value]),
    ageGroup: (value) => t(AGE_GROUP_KEYS[value]),
    statusGroup: (value) => t(STATUS_GROUP_KEYS[value]),
    childStatus: (value) => t(CHILD_STATUS_KEYS[value]),
    documentHeldBy: (value) => t(DOCUMENT_HELD_BY_KEYS[value]),
  };
}

/** The register's words for a translate function; useCustodyLabels binds it to the active language. */
export function custodyLabels(t: Translate): CustodyLabels {
  const words = vocabulary(t);
  const field = (fieldId: string): string => {
    const key = fieldKeyOf(fieldId);
    return key === undefined ? fieldId : t(key);
  };
  const problem = (item: ValidationProblem, fieldLabel?: string): string => {
    const message =
      item.code === 'not-in-custody'
        ? t('custody.problem.not-in-custody', { status: isStatus(item.detail) ? words.status(item.detail) : (item.detail ?? '') })
        : t(PROBLEM_KEYS[item.code]);
    const name = fieldLabel ?? (fieldKeyOf(item.path) === undefined ? undefined : field(item.path));
    return name === undefined ? message : t('custody.problem.withField', { field: name, message });
  };
  return {
    ...words,
    problem,
    field,
    hasField: (fieldId) => fieldKeyOf(fieldId) !== undefined,
    known: (value, format) =>
      value === undefined ? words.unknownReason('unknown') : 'value' in value ? format(value.value) : words.unknownReason(value.unknown),
  };
}

/** The register's vocabulary, bound to the active language. */
export function useCustodyLabels(): CustodyLabels {
  const { t } = useTranslation();
  return useMemo(() => custodyLabels(t), [t]);
}

function isStatus(value: string | undefined): value is CustodyStatus | 'voided' {
  return value !== undefined && Object.hasOwn(STATUS_KEYS, value);
}
