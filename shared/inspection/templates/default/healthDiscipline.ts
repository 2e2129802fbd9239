/**
 * Default template, version 1: health care; discipline, solitary confinement and
 * restraints (domain.md §3.2 A and E, §2 T13, T15, T16, T20).
 */
import { cite } from '../../sources';
import type { TemplateSection } from '../../template';
import { assess, count, measure, section } from '../itemBuilders';

const DEATHS = cite('APT/PRI', 'Deaths in custody');

/** Health care. */
export const HEALTH_CARE: TemplateSection = section('health_care', [
  assess(
    'health.admission_exam',
    [
      'A medical examination on admission documents injuries and allegations of ill-treatment',
      'Un examen médical à l’admission consigne les blessures et les allégations de mauvais traitements',
      'يُوثِّق فحص طبي عند الإيداع الإصابات وادعاءات سوء المعاملة',
    ],
    [cite('BoP', '24'), cite('SMR', '30', { toVerify: true }), cite('SMR', '34', { toVerify: true })],
  ),
  assess(
    'health.urgent_access',
    [
      'Urgent cases get prompt care, with transfer to specialised or civil hospitals when needed',
      'Les cas urgents sont soignés rapidement, avec transfert vers des hôpitaux spécialisés ou civils si nécessaire',
      'تحظى الحالات العاجلة برعاية سريعة، مع النقل إلى مستشفيات متخصصة أو مدنية عند الحاجة',
    ],
    [cite('SMR', '27(1)')],
  ),
  assess(
    'health.clinical_independence',
    [
      'Health staff act with clinical independence and never take part in torture or ill-treatment',
      'Le personnel de santé agit en toute indépendance clinique et ne participe jamais à la torture ni aux mauvais traitements',
      'يعمل الموظفون الصحيون باستقلالية سريرية ولا يشاركون أبداً في التعذيب أو سوء المعاملة',
    ],
    [cite('SMR', '32(1)(d)')],
  ),
  assess(
    'health.confidentiality',
    ['Medical confidentiality is respected', 'Le secret médical est respecté', 'تُحترَم السرية الطبية'],
    [cite('BKK', '8')],
  ),
  assess(
    'health.physician_inspection',
    [
      'A physician or public-health body regularly inspects food, hygiene, sanitation, temperature, lighting and ventilation and advises the director',
      'Un médecin ou un organisme de santé publique inspecte régulièrement l’alimentation, l’hygiène, l’assainissement, la température, l’éclairage et l’aération, et conseille le directeur',
      'يفتش طبيب أو هيئة صحة عامة بانتظام الغذاء والنظافة والصرف الصحي ودرجة الحرارة والإضاءة والتهوية، ويقدم المشورة إلى المدير',
    ],
    [cite('SMR', '35', { toVerify: true })],
  ),
  assess(
    'health.deaths_reported',
    [
      'Every death, including from natural causes or suicide, is registered and reported without delay; next of kin are told at once; an autopsy is normally performed',
      'Chaque décès, y compris de cause naturelle ou par suicide, est enregistré et signalé sans délai ; les proches sont informés immédiatement ; une autopsie est normalement pratiquée',
      'تُسجَّل كل وفاة، بما فيها الوفاة لأسباب طبيعية أو انتحاراً، ويُبلَّغ عنها دون تأخير؛ ويُخطَر الأقارب فوراً؛ ويُجرى تشريح الجثة عادةً',
    ],
    [cite('SMR', '69'), cite('SMR', '71'), DEATHS],
  ),
  count(
    'health.deaths_count',
    [
      'Deaths in custody since the last visit',
      'Décès en détention depuis la dernière visite',
      'عدد الوفيات أثناء الاحتجاز منذ الزيارة الأخيرة',
    ],
    [DEATHS],
    'lower',
  ),
]);

/** Discipline, solitary confinement and restraints. */
export const DISCIPLINE: TemplateSection = section('discipline', [
  assess(
    'discipline.no_prolonged_solitary',
    [
      'No one is held in indefinite or prolonged solitary confinement (more than 15 consecutive days)',
      'Personne n’est placé à l’isolement pour une durée indéterminée ou prolongée (plus de 15 jours consécutifs)',
      'لا يُودَع أحد في الحبس الانفرادي لمدة غير محددة أو مطولة (أكثر من 15 يوماً متتالية)',
    ],
    [cite('SMR', '43(1)'), cite('SMR', '44')],
  ),
  measure(
    'discipline.longest_solitary',
    [
      'Longest current solitary confinement (22 hours or more a day without meaningful human contact)',
      'Plus longue période d’isolement en cours (22 heures ou plus par jour sans contact humain réel)',
      'أطول مدة حبس انفرادي جارية (22 ساعة أو أكثر يومياً دون تواصل إنساني فعلي)',
    ],
    ['days', 'jours', 'يوم'],
    [cite('SMR', '44')],
    'lower',
  ),
  assess(
    'discipline.solitary_excluded_groups',
    [
      'Solitary confinement is not imposed on women or children, nor on people with disabilities whose condition it would worsen',
      'L’isolement n’est imposé ni aux femmes ni aux enfants, ni aux personnes handicapées dont il aggraverait l’état',
      'لا يُفرَض الحبس الانفرادي على النساء ولا على الأطفال، ولا على ذوي الإعاقة إذا كان سيفاقم حالتهم',
    ],
    [cite('SMR', '45(2)')],
  ),
  assess(
    'discipline.solitary_daily_health_visit',
    [
      'Health staff visit people in solitary confinement every day',
      'Le personnel de santé rend visite chaque jour aux personnes placées à l’isolement',
      'يزور الموظفون الصحيون المودَعين في الحبس الانفرادي كل يوم',
    ],
    [cite('SMR', '46', { toVerify: true })],
  ),
  assess(
    'discipline.restraints_not_a_sanction',
    [
      'Instruments of restraint are never used as a disciplinary sanction',
      'Les moyens de contrainte ne sont jamais utilisés comme sanction disciplinaire',
      'لا تُستخدم أدوات التقييد أبداً كعقوبة تأديبية',
    ],
    [cite('SMR', '43(2)')],
  ),
  assess(
    'discipline.restraints_removed_in_court',
    [
      'Restraints used during transfer are removed before appearance before a judicial authority',
      'Les moyens de contrainte utilisés pendant un transfert sont retirés avant la comparution devant une autorité judiciaire',
      'تُنزَع أدوات التقييد المستخدمة أثناء النقل قبل المثول أمام سلطة قضائية',
    ],
    [cite('SMR', '47(2)(a)')],
  ),
  assess(
    'discipline.family_contact_not_banned',
    [
      'Family contact is never prohibited as a sanction, only limited for a limited time where security and order strictly require it',
      'Les contacts familiaux ne sont jamais interdits à titre de sanction ; ils ne sont restreints que pour une durée limitée lorsque la sécurité et l’ordre l’exigent strictement',
      'لا يُحظَر الاتصال بالأسرة أبداً كعقوبة، ولا يُقيَّد إلا لفترة محدودة عندما يقتضي الأمن والنظام ذلك حصراً',
    ],
    [cite('SMR', '43(3)')],
  ),
]);
