/**
 * The figures of the built-in threshold profiles, from domain.md §3.1, each with its
 * source and its confirmation status there. See indicatorProfiles.ts for the amber rule.
 */
import type { IndicatorId } from './indicatorDefinitions';
import type { Citation } from './sources';
import { cite } from './sources';
import type { LocalizedText } from './text';

// Mutable arrays so the data satisfies the profile schema's output type.
type ThresholdData = {
  readonly target: number;
  readonly amberLimit?: number;
  readonly sources: Citation[];
  readonly toVerify: boolean;
  readonly note?: LocalizedText;
};

const WASH_RATIOS: Citation[] = [cite('ICRC-WASH05'), cite('ICRC-WASH12')];

/** ICRC figures: the default profile. */
export const ICRC_THRESHOLDS: Readonly<Record<IndicatorId, ThresholdData>> = {
  floor_space_dormitory: { target: 3.4, sources: [cite('ICRC-WASH12')], toVerify: false },
  floor_space_single_cell: { target: 5.4, sources: [cite('ICRC-WASH12')], toVerify: false },
  // Official capacity is by definition the most people the facility is meant to hold.
  occupancy: { target: 100, sources: [cite('SMR', '10')], toVerify: false },
  drinking_water: {
    target: 5,
    amberLimit: 3,
    sources: [cite('APT-DFD', 'Food and water (ICRC figures)')],
    toVerify: false,
    note: {
      en: '3–5 L is the physiological minimum; more is needed in heat or with work.',
      fr: '3 à 5 L constituent le minimum physiologique ; il en faut davantage par forte chaleur ou en cas de travail.',
      ar: 'من 3 إلى 5 لترات هو الحد الأدنى الفيزيولوجي، ويلزم أكثر من ذلك في الحر أو عند العمل.',
    },
  },
  people_per_toilet: {
    target: 25,
    amberLimit: 50,
    sources: WASH_RATIOS,
    toVerify: true,
    note: {
      en: '1 per 50 is an emergency minimum only.',
      fr: '1 pour 50 n’est qu’un minimum d’urgence.',
      ar: 'مرحاض واحد لكل 50 شخصاً حدٌّ أدنى للطوارئ فقط.',
    },
  },
  people_per_shower: {
    target: 50,
    amberLimit: 100,
    sources: WASH_RATIOS,
    toVerify: true,
    note: {
      en: '1 per 100 is an emergency minimum only.',
      fr: '1 pour 100 n’est qu’un minimum d’urgence.',
      ar: 'دُش واحد لكل 100 شخص حدٌّ أدنى للطوارئ فقط.',
    },
  },
  outdoor_hours: {
    target: 1,
    sources: [cite('SMR', '23', { toVerify: true }), cite('APT-DFD', 'Outdoor exercise')],
    toVerify: false,
  },
  // domain.md gives no figure for meals a day: this placeholder must be set from national law.
  meals_per_day: {
    target: 3,
    amberLimit: 2,
    sources: [cite('SMR', '22', { toVerify: true }), cite('APT-DFD', 'Food and water')],
    toVerify: true,
    note: {
      en: 'No international figure confirmed: set it from national law (minimum food content should be set by law).',
      fr: 'Aucun chiffre international confirmé : à fixer d’après le droit national (le contenu minimal de l’alimentation doit être fixé par la loi).',
      ar: 'لا يوجد رقم دولي مؤكد: يُحدَّد وفق القانون الوطني (ينبغي أن يحدد القانون الحد الأدنى لمحتوى الغذاء).',
    },
  },
};

/** The CPT's living-space figures; every other threshold as in the ICRC profile. */
export const CPT_THRESHOLDS: Readonly<Record<IndicatorId, ThresholdData>> = {
  ...ICRC_THRESHOLDS,
  floor_space_dormitory: {
    target: 4,
    sources: [cite('CPT', 'Living space per prisoner')],
    toVerify: false,
    note: {
      en: 'Multiple-occupancy cell, excluding a fully partitioned sanitary annex.',
      fr: 'Cellule collective, annexe sanitaire entièrement cloisonnée non comprise.',
      ar: 'زنزانة جماعية، دون احتساب ملحق صحي مفصول بالكامل.',
    },
  },
  floor_space_single_cell: {
    target: 6,
    sources: [cite('CPT', 'Living space per prisoner')],
    toVerify: false,
    note: {
      en: 'Plus a sanitary annex.',
      fr: 'Plus une annexe sanitaire.',
      ar: 'إضافةً إلى ملحق صحي.',
    },
  },
};
