/**
 * Default template, version 1: accommodation, water and sanitation (domain.md §3.1 and
 * §3.2 C). Items judged from a measured indicator name it, so the UI shows the figure.
 */
import { cite } from '../../sources';
import type { TemplateSection } from '../../template';
import { assess, measure, section } from '../itemBuilders';

const SPACE = [cite('ICRC-WASH12'), cite('CPT', 'Living space per prisoner')];
const ICRC_WATER = cite('APT-DFD', 'Food and water (ICRC figures)');
const SANITARY = cite('APT-DFD', 'Sanitary facilities');
const WASH_RATIOS = [cite('ICRC-WASH05', undefined, { toVerify: true }), cite('ICRC-WASH12', undefined, { toVerify: true })];

/** Accommodation. */
export const ACCOMMODATION: TemplateSection = section('accommodation', [
  assess(
    'accommodation.floor_space_dormitory',
    [
      'Floor space per person in dormitories meets the minimum',
      'La surface au sol par personne dans les dortoirs atteint le minimum',
      'تستوفي المساحة الأرضية للشخص في المهاجع الحد الأدنى',
    ],
    SPACE,
    { indicator: 'floor_space_dormitory' },
  ),
  assess(
    'accommodation.floor_space_single_cell',
    [
      'Single cells meet the minimum floor space',
      'Les cellules individuelles atteignent la surface minimale',
      'تستوفي الزنازين الفردية الحد الأدنى من المساحة',
    ],
    SPACE,
    { indicator: 'floor_space_single_cell' },
  ),
  assess(
    'accommodation.sleeping_space',
    [
      'Each person has at least 1.6 m² to sleep',
      'Chaque personne dispose d’au moins 1,6 m² pour dormir',
      'يتوفر لكل شخص 1.6 م² على الأقل للنوم',
    ],
    [cite('ICRC-WASH12')],
  ),
  assess(
    'accommodation.occupancy',
    [
      'The number of people held does not exceed the official capacity',
      'Le nombre de personnes détenues ne dépasse pas la capacité officielle',
      'لا يتجاوز عدد المحتجزين الطاقة الاستيعابية الرسمية',
    ],
    [cite('SMR', '10')],
    { indicator: 'occupancy' },
  ),
  assess(
    'accommodation.cell_dimensions',
    [
      'Cells measure at least 2 m between walls and 2.5 m from floor to ceiling',
      'Les cellules mesurent au moins 2 m entre les murs et 2,5 m du sol au plafond',
      'لا تقل المسافة بين جدران الزنازين عن 2 م ولا يقل ارتفاعها من الأرض إلى السقف عن 2.5 م',
    ],
    [cite('CPT', 'Living space per prisoner')],
  ),
  assess(
    'accommodation.protection_from_conflict',
    [
      'Places of detention are away from combat zones and protect detainees from the climate and the dangers of the armed conflict',
      'Les lieux de détention sont éloignés des zones de combat et protègent les personnes détenues contre les rigueurs du climat et les dangers du conflit armé',
      'تقع أماكن الاحتجاز بعيداً عن مناطق القتال وتحمي المحتجزين من قسوة المناخ ومخاطر النزاع المسلح',
    ],
    [cite('AP II', '5')],
    { appliesTo: ['niac'] },
  ),
]);

/** Water. */
export const WATER: TemplateSection = section('water', [
  assess(
    'water.drinking_quantity',
    [
      'Each person receives enough drinking water (3–5 L a day, more in heat or with work)',
      'Chaque personne reçoit assez d’eau potable (3 à 5 L par jour, davantage par forte chaleur ou en cas de travail)',
      'يحصل كل شخص على ما يكفي من مياه الشرب (من 3 إلى 5 لترات يومياً، وأكثر في الحر أو عند العمل)',
    ],
    [ICRC_WATER],
    { indicator: 'drinking_water' },
  ),
  assess(
    'water.in_cell',
    [
      'Water is available inside cells: 2 L per person a day if locked in up to 16 hours, 3–5 L if longer or in a hot climate',
      'De l’eau est disponible dans les cellules : 2 L par personne et par jour si l’enfermement ne dépasse pas 16 heures, 3 à 5 L au-delà ou par climat chaud',
      'تتوفر المياه داخل الزنازين: لتران للشخص يومياً إذا لم تتجاوز مدة الإغلاق 16 ساعة، ومن 3 إلى 5 لترات إذا تجاوزتها أو في المناخ الحار',
    ],
    [ICRC_WATER],
  ),
  measure(
    'water.total_quantity',
    [
      'Total water for drinking, cooking and hygiene per person per day (minimum 10–15 L)',
      'Quantité totale d’eau pour boire, cuisiner et se laver, par personne et par jour (minimum 10 à 15 L)',
      'إجمالي المياه للشرب والطهي والنظافة للشخص في اليوم (الحد الأدنى من 10 إلى 15 لتراً)',
    ],
    ['L per person per day', 'L par personne et par jour', 'لتر للشخص في اليوم'],
    WASH_RATIOS,
    'higher',
  ),
  assess(
    'water.storage_clean',
    [
      'Water storage containers are clean and capped',
      'Les récipients de stockage de l’eau sont propres et fermés',
      'حاويات تخزين المياه نظيفة ومغطاة',
    ],
    [cite('APT-DFD', 'Food and water')],
  ),
  assess(
    'water.equitable_distribution',
    [
      'Water is shared equitably, with a contingency plan giving priority to the sick, the elderly, nursing mothers and children',
      'L’eau est répartie équitablement, avec un plan d’urgence donnant la priorité aux malades, aux personnes âgées, aux mères allaitantes et aux enfants',
      'تُوزَّع المياه بإنصاف، مع خطة طوارئ تعطي الأولوية للمرضى والمسنين والأمهات المرضعات والأطفال',
    ],
    [cite('ICRC-WASH12')],
  ),
]);

/** Sanitation. */
export const SANITATION: TemplateSection = section('sanitation', [
  assess(
    'sanitation.toilet_ratio',
    [
      'There are enough working toilets for the number of people held',
      'Le nombre de toilettes en état de marche est suffisant pour le nombre de personnes détenues',
      'عدد المراحيض الصالحة للاستعمال كافٍ لعدد المحتجزين',
    ],
    WASH_RATIOS,
    { indicator: 'people_per_toilet' },
  ),
  assess(
    'sanitation.access_dignity',
    [
      'Toilets can be reached when needed and used in privacy and with dignity, behind a door or partition',
      'Les toilettes sont accessibles au besoin et utilisables dans l’intimité et la dignité, derrière une porte ou une cloison',
      'يمكن الوصول إلى المراحيض عند الحاجة واستعمالها بخصوصية وكرامة خلف باب أو حاجز',
    ],
    [SANITARY],
  ),
  assess(
    'sanitation.adequate_installations',
    [
      'Sanitary installations let everyone meet the needs of nature cleanly and decently',
      'Les installations sanitaires permettent à chacun de satisfaire ses besoins naturels de façon propre et décente',
      'تُمكّن المرافق الصحية كل شخص من قضاء حاجته بطريقة نظيفة ولائقة',
    ],
    [cite('SMR', '15', { toVerify: true }), SANITARY],
  ),
  assess(
    'sanitation.buckets',
    [
      'Where buckets are used, they are emptied and cleaned regularly',
      'Là où des seaux sont utilisés, ils sont vidés et nettoyés régulièrement',
      'حيثما تُستخدم الدلاء، تُفرَّغ وتُنظَّف بانتظام',
    ],
    [SANITARY],
  ),
]);
