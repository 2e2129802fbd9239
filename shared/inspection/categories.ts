/**
 * The checklist categories of domain.md §3.2. Sections of any template (built-in or
 * imported) name one of these, so scores stay comparable across templates and versions
 * and trends can follow a category over years; `other` takes what fits nowhere else.
 */
import type { LocalizedText } from './text';

/** Checklist categories, in the order reports list them. */
export const INSPECTION_CATEGORIES = [
  'treatment',
  'safeguards',
  'accommodation',
  'water',
  'sanitation',
  'hygiene',
  'food',
  'light_ventilation',
  'clothing_bedding',
  'regime_outdoor',
  'outside_contact',
  'health_care',
  'discipline',
  'complaints',
  'separation',
  'women',
  'children',
  'personnel',
  'other',
] as const;
/** One of INSPECTION_CATEGORIES. */
export type InspectionCategory = (typeof INSPECTION_CATEGORIES)[number];

/** The name of each category in every template language. */
export const CATEGORY_LABELS: Readonly<Record<InspectionCategory, LocalizedText>> = {
  treatment: {
    en: 'Treatment and prevention of ill-treatment',
    fr: 'Traitement et prévention des mauvais traitements',
    ar: 'المعاملة والوقاية من سوء المعاملة',
  },
  safeguards: { en: 'Safeguards and registers', fr: 'Garanties et registres', ar: 'الضمانات والسجلات' },
  accommodation: { en: 'Accommodation', fr: 'Hébergement', ar: 'أماكن الإيواء' },
  water: { en: 'Water', fr: 'Eau', ar: 'المياه' },
  sanitation: { en: 'Sanitation', fr: 'Assainissement', ar: 'الصرف الصحي' },
  hygiene: { en: 'Hygiene', fr: 'Hygiène', ar: 'النظافة الشخصية' },
  food: { en: 'Food', fr: 'Alimentation', ar: 'الغذاء' },
  light_ventilation: { en: 'Light and ventilation', fr: 'Éclairage et aération', ar: 'الإضاءة والتهوية' },
  clothing_bedding: { en: 'Clothing and bedding', fr: 'Vêtements et literie', ar: 'الملابس والفراش' },
  regime_outdoor: {
    en: 'Regime and outdoor time',
    fr: 'Régime et temps en plein air',
    ar: 'النظام اليومي والوقت في الهواء الطلق',
  },
  outside_contact: {
    en: 'Contact with the outside world',
    fr: 'Contacts avec le monde extérieur',
    ar: 'الاتصال بالعالم الخارجي',
  },
  health_care: { en: 'Health care', fr: 'Soins de santé', ar: 'الرعاية الصحية' },
  discipline: {
    en: 'Discipline, solitary confinement and restraints',
    fr: 'Discipline, isolement et moyens de contrainte',
    ar: 'التأديب والحبس الانفرادي وأدوات التقييد',
  },
  complaints: { en: 'Complaints', fr: 'Plaintes', ar: 'الشكاوى' },
  separation: { en: 'Separation of categories', fr: 'Séparation des catégories', ar: 'الفصل بين الفئات' },
  women: { en: 'Women', fr: 'Femmes', ar: 'النساء' },
  children: { en: 'Children', fr: 'Enfants', ar: 'الأطفال' },
  personnel: { en: 'Personnel', fr: 'Personnel', ar: 'الموظفون' },
  other: { en: 'Other', fr: 'Autre', ar: 'أخرى' },
};
