/** Translation keys of partner assessment's fixed vocabularies, as typed maps of literal keys. */
import type { CriterionRating, PartnerCriterion, RiskLevel } from '@shared/partners/criteria';
import type { MeasureKind, MeasureStatus, PartnerKind, SupportDecision, SupportType } from '@shared/partners/events';
import type { PeriodPreset } from '@shared/sharing/period';
import type { TranslationKey } from '../../i18n/translationKey';

export const PARTNER_KIND_KEYS: Readonly<Record<PartnerKind, TranslationKey>> = {
  state_force: 'partners.kind.state_force',
  non_state_armed_group: 'partners.kind.non_state_armed_group',
  private_security: 'partners.kind.private_security',
  other_authority: 'partners.kind.other_authority',
};

export const SUPPORT_TYPE_KEYS: Readonly<Record<SupportType, TranslationKey>> = {
  training: 'partners.support.training',
  equipment: 'partners.support.equipment',
  intelligence: 'partners.support.intelligence',
  joint_operations: 'partners.support.joint_operations',
  detention_support: 'partners.support.detention_support',
  funding: 'partners.support.funding',
};

export const CRITERION_KEYS: Readonly<Record<PartnerCriterion, { name: TranslationKey; hint: TranslationKey }>> = {
  willingness: { name: 'partners.criterion.willingness.name', hint: 'partners.criterion.willingness.hint' },
  capacity: { name: 'partners.criterion.capacity.name', hint: 'partners.criterion.capacity.hint' },
  command_control: { name: 'partners.criterion.command_control.name', hint: 'partners.criterion.command_control.hint' },
  doctrine_training: { name: 'partners.criterion.doctrine_training.name', hint: 'partners.criterion.doctrine_training.hint' },
  detention_practice: { name: 'partners.criterion.detention_practice.name', hint: 'partners.criterion.detention_practice.hint' },
  allegations_investigations: { name: 'partners.criterion.allegations_investigations.name', hint: 'partners.criterion.allegations_investigations.hint' },
  icrc_access: { name: 'partners.criterion.icrc_access.name', hint: 'partners.criterion.icrc_access.hint' },
};

export const RATING_KEYS: Readonly<Record<CriterionRating, { name: TranslationKey; meaning: TranslationKey }>> = {
  good: { name: 'partners.rating.good.name', meaning: 'partners.rating.good.meaning' },
  adequate: { name: 'partners.rating.adequate.name', meaning: 'partners.rating.adequate.meaning' },
  weak: { name: 'partners.rating.weak.name', meaning: 'partners.rating.weak.meaning' },
  critical: { name: 'partners.rating.critical.name', meaning: 'partners.rating.critical.meaning' },
  unknown: { name: 'partners.rating.unknown.name', meaning: 'partners.rating.unknown.meaning' },
};

export const RISK_KEYS: Readonly<Record<RiskLevel, TranslationKey>> = {
  low: 'partners.risk.low',
  moderate: 'partners.risk.moderate',
  high: 'partners.risk.high',
  very_high: 'partners.risk.very_high',
};

export const MEASURE_KIND_KEYS: Readonly<Record<MeasureKind, TranslationKey>> = {
  training: 'partners.measureKind.training',
  mentoring: 'partners.measureKind.mentoring',
  detention_support: 'partners.measureKind.detention_support',
  support_condition: 'partners.measureKind.support_condition',
  intelligence_caveat: 'partners.measureKind.intelligence_caveat',
  transfer_safeguard: 'partners.measureKind.transfer_safeguard',
};

export const MEASURE_STATUS_KEYS: Readonly<Record<MeasureStatus, TranslationKey>> = {
  planned: 'partners.measureStatus.planned',
  in_progress: 'partners.measureStatus.in_progress',
  done: 'partners.measureStatus.done',
  not_met: 'partners.measureStatus.not_met',
  cancelled: 'partners.measureStatus.cancelled',
};

export const DECISION_KEYS: Readonly<Record<SupportDecision, { name: TranslationKey; meaning: TranslationKey }>> = {
  continue: { name: 'partners.decision.continue.name', meaning: 'partners.decision.continue.meaning' },
  adjust: { name: 'partners.decision.adjust.name', meaning: 'partners.decision.adjust.meaning' },
  condition: { name: 'partners.decision.condition.name', meaning: 'partners.decision.condition.meaning' },
  suspend: { name: 'partners.decision.suspend.name', meaning: 'partners.decision.suspend.meaning' },
};

export const PERIOD_PRESET_KEYS: Readonly<Record<PeriodPreset, TranslationKey>> = {
  'last-30-days': 'partners.period.presets.last30Days',
  'last-quarter': 'partners.period.presets.lastQuarter',
  'last-12-months': 'partners.period.presets.last12Months',
  since: 'partners.period.presets.since',
  custom: 'partners.period.presets.custom',
};
