/**
 * Default template, version 1: regime and outdoor time, contact with the outside world,
 * complaints (domain.md §3.2 D and B, §2 T9, T17).
 */
import { cite } from '../../sources';
import type { TemplateSection } from '../../template';
import { assess, count, freeText, measure, section } from '../itemBuilders';

const COMPLAINTS = cite('SMR', '56–57', { toVerify: true });

/** Regime and outdoor time. */
export const REGIME_OUTDOOR: TemplateSection = section('regime_outdoor', [
  assess(
    'regime.outdoor_hour',
    [
      'Everyone, including in segregation and punishment units, spends at least one hour a day in the open air',
      'Chacun, y compris dans les quartiers d’isolement et disciplinaires, passe au moins une heure par jour en plein air',
      'يقضي كل شخص، بمن في ذلك من هم في وحدات العزل والعقاب، ساعة واحدة على الأقل يومياً في الهواء الطلق',
    ],
    [cite('APT-DFD', 'Outdoor exercise'), cite('SMR', '23', { toVerify: true })],
    { indicator: 'outdoor_hours' },
  ),
  assess(
    'regime.conditions_for_all',
    [
      'General living conditions apply to all without exception, including people under sanction',
      'Les conditions générales de vie s’appliquent à tous sans exception, y compris aux personnes sanctionnées',
      'تسري ظروف المعيشة العامة على الجميع دون استثناء، بمن فيهم الخاضعون لعقوبة',
    ],
    [cite('SMR', '42', { toVerify: true })],
  ),
  measure(
    'regime.lock_in_hours',
    [
      'Hours a day locked in cells',
      'Heures par jour passées enfermé en cellule',
      'عدد ساعات الإغلاق داخل الزنازين يومياً',
    ],
    ['hours per day', 'heures par jour', 'ساعة في اليوم'],
    [cite('APT-DFD', 'Food and water (ICRC figures)')],
    'lower',
  ),
  assess(
    'regime.news_access',
    [
      'Detainees have access to news and information',
      'Les personnes détenues ont accès aux nouvelles et à l’information',
      'يحظى المحتجزون بإمكانية الاطلاع على الأخبار والمعلومات',
    ],
    [cite('APT-DFD')],
  ),
  assess(
    'regime.religious_practice',
    [
      'Detainees can practise their religion',
      'Les personnes détenues peuvent pratiquer leur religion',
      'يستطيع المحتجزون ممارسة شعائرهم الدينية',
    ],
    [cite('AP II', '5(1)(d)')],
  ),
]);

/** Contact with the outside world. */
export const OUTSIDE_CONTACT: TemplateSection = section('outside_contact', [
  assess(
    'contact.correspondence',
    [
      'Detainees may correspond with their families',
      'Les personnes détenues peuvent correspondre avec leur famille',
      'يجوز للمحتجزين مراسلة أسرهم',
    ],
    [cite('CIHL', 'R.125'), cite('AP II', '5(2)(b)')],
  ),
  assess(
    'contact.family_visits',
    [
      'Family visits are allowed to the degree practicable',
      'Les visites des familles sont autorisées dans toute la mesure du possible',
      'يُسمَح بالزيارات العائلية قدر الإمكان',
    ],
    [cite('CIHL', 'R.126')],
  ),
  assess(
    'contact.capture_cards',
    [
      'Capture or internment cards are sent within one week of arrival',
      'Les cartes de capture ou d’internement sont envoyées dans la semaine suivant l’arrivée',
      'تُرسَل بطاقات الأسر أو الاعتقال في غضون أسبوع من الوصول',
    ],
    [cite('GC III', '70'), cite('GC IV', '106')],
    { appliesTo: ['iac'] },
  ),
  assess(
    'contact.consular',
    [
      'Foreign nationals can communicate with their consulate',
      'Les ressortissants étrangers peuvent communiquer avec leur consulat',
      'يستطيع الرعايا الأجانب الاتصال بقنصلياتهم',
    ],
    [cite('BoP', '16(2)')],
  ),
]);

/** Complaints. */
export const COMPLAINTS_SECTION: TemplateSection = section('complaints', [
  assess(
    'complaints.available_daily',
    [
      'Detainees can make requests or complaints every day',
      'Les personnes détenues peuvent présenter des requêtes ou des plaintes chaque jour',
      'يستطيع المحتجزون تقديم الطلبات أو الشكاوى كل يوم',
    ],
    [COMPLAINTS],
  ),
  assess(
    'complaints.confidential_to_inspectors',
    [
      'Complaints can be made confidentially to inspectors',
      'Des plaintes peuvent être adressées de manière confidentielle aux inspecteurs',
      'يمكن تقديم الشكاوى إلى المفتشين بسرية',
    ],
    [COMPLAINTS],
  ),
  count(
    'complaints.count',
    [
      'Complaints lodged since the last visit',
      'Plaintes déposées depuis la dernière visite',
      'عدد الشكاوى المقدمة منذ الزيارة الأخيرة',
    ],
    [COMPLAINTS],
  ),
  freeText(
    'complaints.handling',
    [
      'How were complaints handled, and with what outcome?',
      'Comment les plaintes ont-elles été traitées, et avec quelle issue ?',
      'كيف عولجت الشكاوى، وما كانت نتيجتها؟',
    ],
    [COMPLAINTS],
  ),
]);
