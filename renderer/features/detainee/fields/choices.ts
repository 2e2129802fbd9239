/**
 * Labels of every choice a custody payload offers, as typed maps of literal keys (so the
 * catalogue test finds each key, and a value added in shared/ fails to compile here until
 * it has a label).
 */
import type { EXAMINATION_CONTEXTS } from '@shared/custody/events/health';
import type { PROPERTY_RETURN_OUTCOMES, RISK_ASSESSMENT_OUTCOMES } from '@shared/custody/events/movement';
import type { FAMILY_NOTIFICATION_OUTCOMES, NOTIFICATION_CHANNELS, NOTIFICATION_TRIGGERS } from '@shared/custody/events/notifications';
import type { VISITOR_CATEGORIES } from '@shared/custody/events/regime';
import type { TranslationKey } from '../../../i18n/translationKey';
import type { InputKind, Vocabulary } from './fieldTypes';

type Labels<T extends readonly string[]> = Readonly<Record<T[number], TranslationKey>>;

/** A choice among the keys of a label map, in the map's order. */
export function choice(labels: Readonly<Record<string, TranslationKey>>): InputKind {
  return { kind: 'choice', values: Object.keys(labels), labels };
}

/** A choice labelled by one of custody common's vocabularies. */
export function vocabularyChoice(values: readonly string[], labels: Vocabulary): InputKind {
  return { kind: 'choice', values, labels };
}

/** Several choices among the keys of a label map. */
export function choices(labels: Readonly<Record<string, TranslationKey>>): InputKind {
  return { kind: 'choices', values: Object.keys(labels), labels };
}

export const EXAMINATION_CONTEXT = {
  admission: 'detainee.options.examinationContext.admission',
  periodic: 'detainee.options.examinationContext.periodic',
  on_request: 'detainee.options.examinationContext.on_request',
  second_opinion: 'detainee.options.examinationContext.second_opinion',
  after_incident: 'detainee.options.examinationContext.after_incident',
  solitary_daily: 'detainee.options.examinationContext.solitary_daily',
  before_transfer: 'detainee.options.examinationContext.before_transfer',
  release: 'detainee.options.examinationContext.release',
} as const satisfies Labels<typeof EXAMINATION_CONTEXTS>;

export const EXAMINATION_OUTCOME = {
  examined: 'detainee.options.examinationOutcome.examined',
  refused: 'detainee.options.examinationOutcome.refused',
} as const;

export const FAMILY_OUTCOME = {
  notified: 'detainee.options.familyOutcome.notified',
  detainee_declined: 'detainee.options.familyOutcome.detainee_declined',
  delayed: 'detainee.options.familyOutcome.delayed',
  unreachable: 'detainee.options.familyOutcome.unreachable',
} as const satisfies Labels<typeof FAMILY_NOTIFICATION_OUTCOMES>;

export const NOTIFICATION_TRIGGER = {
  admission: 'detainee.options.trigger.admission',
  transfer: 'detainee.options.trigger.transfer',
  hospital: 'detainee.options.trigger.hospital',
  release: 'detainee.options.trigger.release',
  escape: 'detainee.options.trigger.escape',
  death: 'detainee.options.trigger.death',
  other: 'detainee.options.trigger.other',
} as const satisfies Labels<typeof NOTIFICATION_TRIGGERS>;

export const NOTIFICATION_CHANNEL = {
  in_person: 'detainee.options.channel.in_person',
  phone: 'detainee.options.channel.phone',
  letter: 'detainee.options.channel.letter',
  message: 'detainee.options.channel.message',
  icrc_rcm: 'detainee.options.channel.icrc_rcm',
  other: 'detainee.options.channel.other',
} as const satisfies Labels<typeof NOTIFICATION_CHANNELS>;

export const CONSUL_OUTCOME = {
  consulate_informed: 'detainee.options.consulOutcome.consulate_informed',
  detainee_told_of_right: 'detainee.options.consulOutcome.detainee_told_of_right',
  detainee_declined: 'detainee.options.consulOutcome.detainee_declined',
} as const;

export const ICRC_CHANNEL = {
  list: 'detainee.options.icrcChannel.list',
  individual_registration: 'detainee.options.icrcChannel.individual_registration',
  central_tracing_agency: 'detainee.options.icrcChannel.central_tracing_agency',
  other: 'detainee.options.icrcChannel.other',
} as const;

export const CARD_KIND = {
  capture_card: 'detainee.options.cardKind.capture_card',
  internment_card: 'detainee.options.cardKind.internment_card',
} as const;

export const CARD_TRIGGER = {
  capture: 'detainee.options.cardTrigger.capture',
  arrival: 'detainee.options.cardTrigger.arrival',
  sickness: 'detainee.options.cardTrigger.sickness',
  hospital: 'detainee.options.cardTrigger.hospital',
  transfer: 'detainee.options.cardTrigger.transfer',
} as const;

export const CARD_OUTCOME = {
  sent: 'detainee.options.cardOutcome.sent',
  detainee_declined: 'detainee.options.cardOutcome.detainee_declined',
} as const;

export const CARD_RECIPIENT = {
  family: 'detainee.options.cardRecipient.family',
  central_agency: 'detainee.options.cardRecipient.central_agency',
} as const;

export const LAWYER_KIND = {
  first_access: 'detainee.options.lawyerKind.first_access',
  consultation: 'detainee.options.lawyerKind.consultation',
  legal_aid_assigned: 'detainee.options.lawyerKind.legal_aid_assigned',
} as const;

export const AUTHORITY_KIND = {
  judge: 'detainee.options.authorityKind.judge',
  other_authority: 'detainee.options.authorityKind.other_authority',
} as const;

export const JUDGE_OUTCOME = {
  detention_continued: 'detainee.options.judgeOutcome.detention_continued',
  released: 'detainee.options.judgeOutcome.released',
  bail: 'detainee.options.judgeOutcome.bail',
  other: 'detainee.options.judgeOutcome.other',
} as const;

export const HEARING_KIND = {
  remand_review: 'detainee.options.hearingKind.remand_review',
  trial: 'detainee.options.hearingKind.trial',
  habeas_corpus: 'detainee.options.hearingKind.habeas_corpus',
  appeal: 'detainee.options.hearingKind.appeal',
  other: 'detainee.options.hearingKind.other',
} as const;

export const REVIEW_KIND = {
  initial: 'detainee.options.reviewKind.initial',
  periodic: 'detainee.options.reviewKind.periodic',
  appeal: 'detainee.options.reviewKind.appeal',
} as const;

export const REVIEW_OUTCOME = {
  continued: 'detainee.options.reviewOutcome.continued',
  release_ordered: 'detainee.options.reviewOutcome.release_ordered',
  other: 'detainee.options.reviewOutcome.other',
} as const;

export const SOLITARY_KIND = {
  disciplinary: 'detainee.options.solitaryKind.disciplinary',
  protective: 'detainee.options.solitaryKind.protective',
  medical: 'detainee.options.solitaryKind.medical',
  administrative: 'detainee.options.solitaryKind.administrative',
  other: 'detainee.options.solitaryKind.other',
} as const;

export const COMPLAINT_KIND = {
  request: 'detainee.options.complaintKind.request',
  complaint: 'detainee.options.complaintKind.complaint',
  ill_treatment_allegation: 'detainee.options.complaintKind.ill_treatment_allegation',
} as const;

export const VISITOR_CATEGORY = {
  family: 'detainee.options.visitorCategory.family',
  lawyer: 'detainee.options.visitorCategory.lawyer',
  consular: 'detainee.options.visitorCategory.consular',
  religious: 'detainee.options.visitorCategory.religious',
  icrc: 'detainee.options.visitorCategory.icrc',
  other: 'detainee.options.visitorCategory.other',
} as const satisfies Labels<typeof VISITOR_CATEGORIES>;

export const DIRECTION = {
  sent: 'detainee.options.direction.sent',
  received: 'detainee.options.direction.received',
} as const;

export const CORRESPONDENCE_KIND = {
  letter: 'detainee.options.correspondenceKind.letter',
  card: 'detainee.options.correspondenceKind.card',
  phone_call: 'detainee.options.correspondenceKind.phone_call',
  message: 'detainee.options.correspondenceKind.message',
  red_cross_message: 'detainee.options.correspondenceKind.red_cross_message',
} as const;




export const RISK_OUTCOME = {
  no_substantial_risk: 'detainee.options.riskOutcome.no_substantial_risk',
  risk_mitigated: 'detainee.options.riskOutcome.risk_mitigated',
  substantial_risk: 'detainee.options.riskOutcome.substantial_risk',
} as const satisfies Labels<typeof RISK_ASSESSMENT_OUTCOMES>;

export const PROPERTY_RETURN = {
  all_returned: 'detainee.options.propertyReturned.all_returned',
  retained_with_certificate: 'detainee.options.propertyReturned.retained_with_certificate',
  nothing_held: 'detainee.options.propertyReturned.nothing_held',
} as const satisfies Labels<typeof PROPERTY_RETURN_OUTCOMES>;

export const BODY_EXAMINATION_KIND = {
  medical_examination: 'detainee.options.bodyExamination.medical_examination',
  autopsy: 'detainee.options.bodyExamination.autopsy',
} as const;



