/**
 * Default template, version 1: hygiene, food, light and ventilation, clothing and bedding
 * (domain.md §3.1 and §3.2 C). SMR rule numbers domain.md holds from memory are marked.
 */
import { cite } from '../../sources';
import type { TemplateSection } from '../../template';
import { assess, section } from '../itemBuilders';

const FOOD = cite('APT-DFD', 'Food and water');
const LIGHT = cite('APT-DFD', 'Lighting and ventilation');
const SANITARY = cite('APT-DFD', 'Sanitary facilities');

/** Hygiene. */
export const HYGIENE: TemplateSection = section('hygiene', [
  assess(
    'hygiene.shower_ratio',
    [
      'There are enough working showers for the number of people held',
      'Le nombre de douches en état de marche est suffisant pour le nombre de personnes détenues',
      'عدد الدُّشات الصالحة للاستعمال كافٍ لعدد المحتجزين',
    ],
    [cite('ICRC-WASH05', undefined, { toVerify: true }), cite('ICRC-WASH12', undefined, { toVerify: true })],
    { indicator: 'people_per_shower' },
  ),
  assess(
    'hygiene.shower_frequency',
    [
      'Everyone can bathe or shower at least once a week in a temperate climate, more often as needed (preferably daily)',
      'Chacun peut prendre un bain ou une douche au moins une fois par semaine en climat tempéré, plus souvent si nécessaire (de préférence chaque jour)',
      'يمكن لكل شخص الاستحمام مرة واحدة في الأسبوع على الأقل في المناخ المعتدل، وأكثر عند الحاجة (ويُفضَّل يومياً)',
    ],
    [cite('SMR', '16', { toVerify: true }), SANITARY],
  ),
  assess(
    'hygiene.toilet_articles',
    [
      'Water and toilet articles are provided, with the means to care for hair and beard',
      'De l’eau et des articles de toilette sont fournis, ainsi que le nécessaire pour l’entretien des cheveux et de la barbe',
      'تُوفَّر المياه ولوازم النظافة الشخصية ووسائل العناية بالشعر واللحية',
    ],
    [cite('SMR', '18', { toVerify: true }), SANITARY],
  ),
  assess(
    'hygiene.women_items',
    [
      'Women receive hygiene items, including sanitary towels, free of charge, and water for personal care',
      'Les femmes reçoivent gratuitement des articles d’hygiène, dont des serviettes hygiéniques, et de l’eau pour leurs soins personnels',
      'تحصل النساء مجاناً على لوازم النظافة، بما فيها الفوط الصحية، وعلى المياه اللازمة للعناية الشخصية',
    ],
    [cite('BKK', '5')],
  ),
]);

/** Food. */
export const FOOD_SECTION: TemplateSection = section('food', [
  assess(
    'food.adequate',
    [
      'Food is of adequate nutritional value, wholesome, well prepared and served at the usual hours',
      'La nourriture a une valeur nutritive suffisante, elle est saine, bien préparée et servie aux heures habituelles',
      'الطعام ذو قيمة غذائية كافية وصحي وجيد الإعداد ويُقدَّم في الأوقات المعتادة',
    ],
    [cite('SMR', '22', { toVerify: true }), FOOD],
  ),
  assess(
    'food.meals',
    [
      'Enough meals are served each day',
      'Un nombre suffisant de repas est servi chaque jour',
      'يُقدَّم عدد كافٍ من الوجبات كل يوم',
    ],
    [cite('SMR', '22', { toVerify: true }), FOOD],
    { indicator: 'meals_per_day' },
  ),
  assess(
    'food.special_diets',
    [
      'Special diets are provided for medical or religious reasons and in pregnancy',
      'Des régimes spéciaux sont fournis pour raisons médicales ou religieuses et pendant la grossesse',
      'تُوفَّر أنظمة غذائية خاصة لأسباب طبية أو دينية وأثناء الحمل',
    ],
    [FOOD],
  ),
  assess(
    'food.never_a_sanction',
    [
      'Food and water are never withheld or reduced as a sanction',
      'La nourriture et l’eau ne sont jamais supprimées ni réduites à titre de sanction',
      'لا يُحرَم أحد من الطعام أو الماء ولا يُنقَصان على سبيل العقوبة أبداً',
    ],
    [FOOD, cite('SMR', '43(1)')],
  ),
  assess(
    'food.minimum_in_law',
    [
      'The minimum calorie and protein content of the diet is set by law',
      'Le contenu minimal en calories et en protéines de l’alimentation est fixé par la loi',
      'يحدد القانون الحد الأدنى من السعرات الحرارية والبروتين في الغذاء',
    ],
    [FOOD],
  ),
  assess(
    'food.as_local_population',
    [
      'Food and drinking water are provided at least to the same extent as for the local civilian population',
      'La nourriture et l’eau potable sont fournies au moins dans la même mesure qu’à la population civile locale',
      'يُوفَّر الطعام ومياه الشرب بالقدر نفسه على الأقل المتاح للسكان المدنيين المحليين',
    ],
    [cite('AP II', '5'), cite('CIHL', 'R.118')],
    { appliesTo: ['iac', 'niac'] },
  ),
]);

/** Light and ventilation. */
export const LIGHT_VENTILATION: TemplateSection = section('light_ventilation', [
  assess(
    'light.natural',
    [
      'Windows are large enough to read and work by natural light',
      'Les fenêtres sont assez grandes pour permettre de lire et de travailler à la lumière naturelle',
      'النوافذ كبيرة بما يكفي للقراءة والعمل في الضوء الطبيعي',
    ],
    [LIGHT, cite('SMR', '14', { toVerify: true })],
  ),
  assess(
    'light.artificial',
    [
      'Artificial light is sufficient, and no cell is kept dark or constantly lit',
      'L’éclairage artificiel est suffisant, et aucune cellule n’est maintenue dans l’obscurité ou éclairée en permanence',
      'الإضاءة الاصطناعية كافية، ولا تُترك أي زنزانة مظلمة أو مضاءة على الدوام',
    ],
    [cite('SMR', '43(1)(c)'), LIGHT],
  ),
  assess(
    'light.fresh_air',
    [
      'Windows let in fresh air, and bars do not block it',
      'Les fenêtres laissent entrer l’air frais, sans que les barreaux l’en empêchent',
      'تسمح النوافذ بدخول الهواء النقي ولا تحجبه القضبان',
    ],
    [LIGHT],
  ),
]);

/** Clothing and bedding. */
export const CLOTHING_BEDDING: TemplateSection = section('clothing_bedding', [
  assess(
    'clothing.suitable',
    ['Clothing is suitable for the climate', 'Les vêtements sont adaptés au climat', 'الملابس ملائمة للمناخ'],
    [cite('APT-DFD'), cite('CIHL', 'R.118')],
  ),
  assess(
    'clothing.civilian_pretrial',
    [
      'Pre-trial detainees may wear their own civilian clothes',
      'Les prévenus peuvent porter leurs propres vêtements civils',
      'يجوز للمحتجزين رهن المحاكمة ارتداء ملابسهم المدنية الخاصة',
    ],
    [cite('APT-DFD')],
    { appliesTo: ['criminal'] },
  ),
  assess(
    'clothing.bed_bedding',
    [
      'Each person has their own bed and bedding',
      'Chaque personne dispose de son propre lit et de sa literie',
      'لكل شخص سرير وفراش خاصان به',
    ],
    [cite('SMR', '10')],
  ),
]);
