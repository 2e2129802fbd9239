/**
 * The measured indicators of domain.md §3.1: what each one measures, in which unit and
 * which way is better. Their thresholds live in profiles (indicatorProfiles.ts) because a
 * national profile may set other figures; the direction never changes, so it lives here.
 */
import type { LocalizedText } from './text';

/** Indicators computed from an inspection's measurements, in report order. */
export const INDICATOR_IDS = [
  'floor_space_dormitory',
  'floor_space_single_cell',
  'occupancy',
  'drinking_water',
  'people_per_toilet',
  'people_per_shower',
  'outdoor_hours',
  'meals_per_day',
] as const;
/** One of INDICATOR_IDS. */
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** Whether a higher or a lower value is better. */
export type Better = 'higher' | 'lower';

/** What an indicator measures. */
export type IndicatorDefinition = {
  readonly id: IndicatorId;
  readonly label: LocalizedText;
  /** Unit of the computed value, as printed beside it. */
  readonly unit: LocalizedText;
  readonly better: Better;
};

const PER_PERSON_M2: LocalizedText = { en: 'm² per person', fr: 'm² par personne', ar: 'م² للشخص' };

/** Every indicator's definition, by id. */
export const INDICATOR_DEFINITIONS: Readonly<Record<IndicatorId, IndicatorDefinition>> = {
  floor_space_dormitory: {
    id: 'floor_space_dormitory',
    label: {
      en: 'Floor space per person, dormitories',
      fr: 'Surface au sol par personne, dortoirs',
      ar: 'المساحة الأرضية للشخص، المهاجع',
    },
    unit: PER_PERSON_M2,
    better: 'higher',
  },
  floor_space_single_cell: {
    id: 'floor_space_single_cell',
    label: {
      en: 'Floor space per person, single cells',
      fr: 'Surface au sol par personne, cellules individuelles',
      ar: 'المساحة الأرضية للشخص، الزنازين الفردية',
    },
    unit: PER_PERSON_M2,
    better: 'higher',
  },
  occupancy: {
    id: 'occupancy',
    label: {
      en: 'Occupancy against official capacity',
      fr: 'Taux d’occupation par rapport à la capacité officielle',
      ar: 'نسبة الإشغال مقارنة بالطاقة الاستيعابية الرسمية',
    },
    unit: { en: '% of capacity', fr: '% de la capacité', ar: '% من الطاقة الاستيعابية' },
    better: 'lower',
  },
  drinking_water: {
    id: 'drinking_water',
    label: {
      en: 'Drinking water per person per day',
      fr: 'Eau potable par personne et par jour',
      ar: 'مياه الشرب للشخص في اليوم',
    },
    unit: { en: 'L per person per day', fr: 'L par personne et par jour', ar: 'لتر للشخص في اليوم' },
    better: 'higher',
  },
  people_per_toilet: {
    id: 'people_per_toilet',
    label: {
      en: 'People per working toilet',
      fr: 'Personnes par toilette en état de marche',
      ar: 'عدد الأشخاص لكل مرحاض صالح للاستعمال',
    },
    unit: { en: 'people per toilet', fr: 'personnes par toilette', ar: 'شخص لكل مرحاض' },
    better: 'lower',
  },
  people_per_shower: {
    id: 'people_per_shower',
    label: {
      en: 'People per working shower',
      fr: 'Personnes par douche en état de marche',
      ar: 'عدد الأشخاص لكل دُش صالح للاستعمال',
    },
    unit: { en: 'people per shower', fr: 'personnes par douche', ar: 'شخص لكل دُش' },
    better: 'lower',
  },
  outdoor_hours: {
    id: 'outdoor_hours',
    label: {
      en: 'Time outdoors per day (least in any unit)',
      fr: 'Temps en plein air par jour (le plus court de toutes les unités)',
      ar: 'الوقت في الهواء الطلق يومياً (الأقل بين جميع الوحدات)',
    },
    unit: { en: 'hours per day', fr: 'heures par jour', ar: 'ساعة في اليوم' },
    better: 'higher',
  },
  meals_per_day: {
    id: 'meals_per_day',
    label: { en: 'Meals per day', fr: 'Repas par jour', ar: 'عدد الوجبات في اليوم' },
    unit: { en: 'meals per day', fr: 'repas par jour', ar: 'وجبة في اليوم' },
    better: 'higher',
  },
};
