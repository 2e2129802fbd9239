/**
 * Translation keys of the register's vocabularies, one typed map per vocabulary: a value
 * chosen at run time finds its key here, so every key stays a literal the catalogue test
 * can see, and a new value in shared/custody fails to compile until it has a label.
 */
import type { AGE_GROUPS, GENDER_IDENTITIES, LegalCategory, LegalRegime, QUARTERS, SEXES, STATUS_GROUPS } from '@shared/custody/events/common';
import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { UnknownReason } from '@shared/custody/known';
import type { ChildStatus } from '@shared/custody/projection/ages';
import type { CustodyStatus, RecordProblemCode } from '@shared/custody/projection/types';
import type { SafeguardNote, SafeguardRuleId, SafeguardState } from '@shared/custody/safeguards';
import type { LegalForce } from '@shared/custody/standardsMap';
import type { TranslationKey } from '../../i18n/translationKey';

type Keys<K extends string> = Readonly<Record<K, TranslationKey>>;

export const EVENT_TYPE_KEYS: Keys<CustodyEventType> = {
  'custody.admitted': 'custody.eventType.admitted',
  'custody.medical_examined': 'custody.eventType.medical_examined',
  'custody.family_notified': 'custody.eventType.family_notified',
  'custody.consul_informed': 'custody.eventType.consul_informed',
  'custody.icrc_notified': 'custody.eventType.icrc_notified',
  'custody.icrc_visited': 'custody.eventType.icrc_visited',
  'custody.card_issued': 'custody.eventType.card_issued',
  'custody.bureau_notified': 'custody.eventType.bureau_notified',
  'custody.lawyer_contacted': 'custody.eventType.lawyer_contacted',
  'custody.brought_before_judge': 'custody.eventType.brought_before_judge',
  'custody.hearing_held': 'custody.eventType.hearing_held',
  'custody.internment_decided': 'custody.eventType.internment_decided',
  'custody.internment_reviewed': 'custody.eventType.internment_reviewed',
  'custody.charged': 'custody.eventType.charged',
  'custody.interrogation_recorded': 'custody.eventType.interrogation_recorded',
  'custody.discipline_imposed': 'custody.eventType.discipline_imposed',
  'custody.solitary_started': 'custody.eventType.solitary_started',
  'custody.solitary_ended': 'custody.eventType.solitary_ended',
  'custody.restraint_used': 'custody.eventType.restraint_used',
  'custody.complaint_recorded': 'custody.eventType.complaint_recorded',
  'custody.injury_recorded': 'custody.eventType.injury_recorded',
  'custody.hospital_admitted': 'custody.eventType.hospital_admitted',
  'custody.hospital_returned': 'custody.eventType.hospital_returned',
  'custody.visit_received': 'custody.eventType.visit_received',
  'custody.correspondence_recorded': 'custody.eventType.correspondence_recorded',
  'custody.placement_changed': 'custody.eventType.placement_changed',
  'custody.transferred_out': 'custody.eventType.transferred_out',
  'custody.transferred_in': 'custody.eventType.transferred_in',
  'custody.released': 'custody.eventType.released',
  'custody.escaped': 'custody.eventType.escaped',
  'custody.died': 'custody.eventType.died',
  'custody.corrected': 'custody.eventType.corrected',
  'custody.voided': 'custody.eventType.voided',
  'custody.confirmed': 'custody.eventType.confirmed',
};

/** Statuses, plus `voided` for a record whose admission was voided. */
export const STATUS_KEYS: Keys<CustodyStatus | 'voided'> = {
  in_custody: 'custody.status.in_custody',
  hospital: 'custody.status.hospital',
  transferred: 'custody.status.transferred',
  released: 'custody.status.released',
  escaped: 'custody.status.escaped',
  deceased: 'custody.status.deceased',
  voided: 'custody.status.voided',
};

export const LEGAL_CATEGORY_KEYS: Keys<LegalCategory> = {
  pow: 'custody.legalCategory.pow',
  civilian_internee: 'custody.legalCategory.civilian_internee',
  niac_security_detainee: 'custody.legalCategory.niac_security_detainee',
  criminal_remand: 'custody.legalCategory.criminal_remand',
  convicted: 'custody.legalCategory.convicted',
  other: 'custody.legalCategory.other',
};

export const LEGAL_REGIME_KEYS: Keys<LegalRegime> = {
  iac: 'custody.legalRegime.iac',
  niac: 'custody.legalRegime.niac',
  criminal: 'custody.legalRegime.criminal',
};

export const UNKNOWN_REASON_KEYS: Keys<UnknownReason> = {
  unknown: 'custody.unknownReason.unknown',
  refused: 'custody.unknownReason.refused',
  not_applicable: 'custody.unknownReason.not_applicable',
};

export const SAFEGUARD_RULE_KEYS: Keys<SafeguardRuleId> = {
  'registration-delay': 'custody.safeguardRule.registration-delay',
  'reasons-told': 'custody.safeguardRule.reasons-told',
  'judge-appearance': 'custody.safeguardRule.judge-appearance',
  'lawyer-access': 'custody.safeguardRule.lawyer-access',
  'family-notified': 'custody.safeguardRule.family-notified',
  'family-notified-transfer': 'custody.safeguardRule.family-notified-transfer',
  'consular-notification': 'custody.safeguardRule.consular-notification',
  'medical-exam': 'custody.safeguardRule.medical-exam',
  'capture-card': 'custody.safeguardRule.capture-card',
  'information-bureau': 'custody.safeguardRule.information-bureau',
  'icrc-notified': 'custody.safeguardRule.icrc-notified',
  'internment-review': 'custody.safeguardRule.internment-review',
  'solitary-duration': 'custody.safeguardRule.solitary-duration',
  'solitary-protected-groups': 'custody.safeguardRule.solitary-protected-groups',
  'child-separation': 'custody.safeguardRule.child-separation',
  'women-separation': 'custody.safeguardRule.women-separation',
  'child-visits': 'custody.safeguardRule.child-visits',
  'ill-treatment-referral': 'custody.safeguardRule.ill-treatment-referral',
  'death-reporting': 'custody.safeguardRule.death-reporting',
};

export const SAFEGUARD_STATE_KEYS: Keys<SafeguardState> = {
  met: 'custody.safeguardState.met',
  due: 'custody.safeguardState.due',
  overdue: 'custody.safeguardState.overdue',
  unknown: 'custody.safeguardState.unknown',
  not_applicable: 'custody.safeguardState.not_applicable',
};

export const SAFEGUARD_NOTE_KEYS: Keys<SafeguardNote> = {
  completed_late: 'custody.safeguardNote.completed_late',
  declined_by_detainee: 'custody.safeguardNote.declined_by_detainee',
  custody_ended: 'custody.safeguardNote.custody_ended',
  start_from_admission: 'custody.safeguardNote.start_from_admission',
  not_physically_present: 'custody.safeguardNote.not_physically_present',
  no_decision_recorded: 'custody.safeguardNote.no_decision_recorded',
  previously_late: 'custody.safeguardNote.previously_late',
  family_unit: 'custody.safeguardNote.family_unit',
};

export const RECORD_PROBLEM_KEYS: Keys<RecordProblemCode> = {
  'self-confirmation': 'custody.recordProblem.self-confirmation',
  'confirmation-not-needed': 'custody.recordProblem.confirmation-not-needed',
  'bad-audit-target': 'custody.recordProblem.bad-audit-target',
  'duplicate-admission': 'custody.recordProblem.duplicate-admission',
};

export const LEGAL_FORCE_KEYS: Keys<LegalForce> = {
  binding: 'custody.legalForce.binding',
  standard: 'custody.legalForce.standard',
  recommendation: 'custody.legalForce.recommendation',
};

export const SEX_KEYS: Keys<(typeof SEXES)[number]> = {
  female: 'custody.sex.female',
  male: 'custody.sex.male',
  intersex: 'custody.sex.intersex',
};

export const GENDER_IDENTITY_KEYS: Keys<(typeof GENDER_IDENTITIES)[number]> = {
  woman: 'custody.genderIdentity.woman',
  man: 'custody.genderIdentity.man',
  non_binary: 'custody.genderIdentity.non_binary',
  other: 'custody.genderIdentity.other',
};

export const QUARTERS_KEYS: Keys<(typeof QUARTERS)[number]> = {
  men: 'custody.quarters.men',
  women: 'custody.quarters.women',
  family_unit: 'custody.quarters.family_unit',
};

export const AGE_GROUP_KEYS: Keys<(typeof AGE_GROUPS)[number]> = {
  adult: 'custody.ageGroup.adult',
  juvenile: 'custody.ageGroup.juvenile',
};

export const STATUS_GROUP_KEYS: Keys<(typeof STATUS_GROUPS)[number]> = {
  untried: 'custody.statusGroup.untried',
  convicted: 'custody.statusGroup.convicted',
  internee: 'custody.statusGroup.internee',
  pow: 'custody.statusGroup.pow',
  other: 'custody.statusGroup.other',
};

export const CHILD_STATUS_KEYS: Keys<ChildStatus> = {
  child: 'custody.childStatus.child',
  adult: 'custody.childStatus.adult',
  unknown: 'custody.childStatus.unknown',
};

export const DOCUMENT_HELD_BY_KEYS: Keys<'detainee' | 'facility'> = {
  detainee: 'custody.documentHeldBy.detainee',
  facility: 'custody.documentHeldBy.facility',
};
