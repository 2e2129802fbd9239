/**
 * Default template, version 1: treatment and prevention of ill-treatment, safeguards and
 * registers (domain.md §3.2 A and B, §2 for time limits, §3.3 for records). Sources and
 * [U] tags as domain.md gives them; never edit a released version, add a new one.
 */
import { cite } from '../../sources';
import type { TemplateSection } from '../../template';
import { assess, count, freeText, section } from '../itemBuilders';

const RECORDS = cite('APT-DFD', 'Files and records');

/** Treatment and prevention of ill-treatment. */
export const TREATMENT: TemplateSection = section('treatment', [
  assess(
    'treatment.allegations_referred',
    [
      'Allegations or signs of torture or ill-treatment since the last visit were reported without delay to an independent authority',
      'Les allégations ou signes de torture ou de mauvais traitements depuis la dernière visite ont été signalés sans délai à une autorité indépendante',
      'أُبلِغت سلطة مستقلة دون تأخير بادعاءات أو علامات التعذيب أو سوء المعاملة منذ الزيارة الأخيرة',
    ],
    [cite('SMR', '71')],
  ),
  count(
    'treatment.allegations_count',
    [
      'Allegations of torture or ill-treatment recorded since the last visit',
      'Allégations de torture ou de mauvais traitements enregistrées depuis la dernière visite',
      'عدد ادعاءات التعذيب أو سوء المعاملة المسجلة منذ الزيارة الأخيرة',
    ],
    [cite('SMR', '71')],
  ),
  assess(
    'treatment.prohibited_punishments',
    [
      'No corporal punishment, reduction of diet or drinking water, or collective punishment',
      'Aucun châtiment corporel, aucune réduction de nourriture ou d’eau potable, aucune sanction collective',
      'لا عقوبة بدنية ولا إنقاص للغذاء أو مياه الشرب ولا عقوبة جماعية',
    ],
    [cite('SMR', '43(1)')],
  ),
  assess(
    'treatment.interrogation_records',
    ['Records of interrogations are kept', 'Des procès-verbaux des interrogatoires sont tenus', 'تُمسَك سجلات للاستجوابات'],
    [cite('BoP', '23', { toVerify: true })],
  ),
  assess(
    'treatment.pow_not_coerced',
    [
      'Prisoners of war are not coerced to give information',
      'Les prisonniers de guerre ne subissent aucune contrainte pour obtenir des informations',
      'لا يُكرَه أسرى الحرب على الإدلاء بمعلومات',
    ],
    [cite('GC III', '17')],
    { appliesTo: ['iac'] },
  ),
  assess(
    'treatment.searches_by_women',
    [
      'Women are searched only by women',
      'Les femmes ne sont fouillées que par des femmes',
      'لا تُفتَّش النساء إلا من قِبَل نساء',
    ],
    [cite('GC IV', '97'), cite('SMR', '50–53', { toVerify: true })],
  ),
]);

/** Safeguards and registers. */
export const SAFEGUARDS: TemplateSection = section('safeguards', [
  assess(
    'safeguards.register_kept',
    [
      'An official register is kept for every detainee, with the minimum content required',
      'Un registre officiel est tenu pour chaque personne détenue, avec le contenu minimal requis',
      'يُمسَك سجل رسمي لكل محتجز يتضمن الحد الأدنى من البيانات المطلوبة',
    ],
    [cite('CED', '17(3)'), cite('SMR', '7'), cite('SMR', '6', { toVerify: true })],
  ),
  assess(
    'safeguards.register_integrity',
    [
      'Entries are chronological, with no signs of deletion or later additions',
      'Les inscriptions sont chronologiques, sans trace d’effacement ni d’ajout ultérieur',
      'القيود مرتبة زمنياً دون أي أثر لمحو أو إضافة لاحقة',
    ],
    [RECORDS],
  ),
  freeText(
    'safeguards.records_responsibility',
    [
      'Who keeps and controls the records, and under which law or regulation?',
      'Qui tient et contrôle les registres, et en vertu de quelle loi ou réglementation ?',
      'من يمسك السجلات ويراقبها، وبموجب أي قانون أو لائحة؟',
    ],
    [RECORDS],
  ),
  assess(
    'safeguards.records_access',
    [
      'Access to records, medical records in particular, is limited to authorised persons',
      'L’accès aux dossiers, en particulier médicaux, est réservé aux personnes autorisées',
      'يقتصر الاطلاع على السجلات، ولا سيما الطبية منها، على الأشخاص المأذون لهم',
    ],
    [RECORDS],
  ),
  assess(
    'safeguards.recognised_places',
    [
      'People are held only in officially recognised places of detention',
      'Les personnes ne sont détenues que dans des lieux de détention officiellement reconnus',
      'لا يُحتجَز الأشخاص إلا في أماكن احتجاز معترف بها رسمياً',
    ],
    [cite('CED', '17(2)(c)', { toVerify: true }), cite('OHCHR glossary', 'Registration of detainees')],
  ),
  assess(
    'safeguards.rights_information',
    [
      'Detainees are informed of their rights in a language they understand',
      'Les personnes détenues sont informées de leurs droits dans une langue qu’elles comprennent',
      'يُبلَّغ المحتجزون بحقوقهم بلغة يفهمونها',
    ],
    [cite('BKK', '2'), cite('SMR', '54–55', { toVerify: true })],
  ),
  assess(
    'safeguards.family_notified',
    [
      'Families are notified promptly of the detention and of each transfer',
      'Les familles sont informées rapidement de la détention et de chaque transfert',
      'تُخطَر الأسر فوراً بالاحتجاز وبكل عملية نقل',
    ],
    [cite('BoP', '16(1)'), cite('SMR', '68')],
  ),
  assess(
    'safeguards.lawyer_access',
    [
      'Detainees have prompt and regular access to a lawyer',
      'Les personnes détenues ont un accès rapide et régulier à un avocat',
      'يحظى المحتجزون بإمكانية الاتصال بمحامٍ على نحو سريع ومنتظم',
    ],
    [cite('GC35', '58'), cite('SMR', '61', { toVerify: true }), cite('CPT')],
  ),
  assess(
    'safeguards.doctor_access',
    [
      'Detainees have access to a doctor',
      'Les personnes détenues ont accès à un médecin',
      'يحظى المحتجزون بإمكانية الوصول إلى طبيب',
    ],
    [cite('CPT'), cite('BoP', '24')],
  ),
  assess(
    'safeguards.judicial_appearance',
    [
      'People held on a criminal charge are brought before a judge promptly, ordinarily within 48 hours',
      'Les personnes détenues du chef d’une infraction pénale sont présentées sans tarder à un juge, en principe dans les 48 heures',
      'يُقدَّم المحتجزون بتهمة جنائية إلى قاضٍ سريعاً، في غضون 48 ساعة عادةً',
    ],
    [cite('ICCPR', '9(3)'), cite('GC35', '33', { toVerify: true })],
    { appliesTo: ['criminal'] },
  ),
  assess(
    'safeguards.internment_review',
    [
      'Internment is reviewed at least every six months',
      'L’internement est réexaminé au moins tous les six mois',
      'يُعاد النظر في الاعتقال مرة كل ستة أشهر على الأقل',
    ],
    [cite('GC IV', '43'), cite('GC IV', '78')],
    { appliesTo: ['iac'] },
  ),
  assess(
    'safeguards.information_bureau',
    [
      'Information on each person held reaches the Information Bureau within the shortest possible period',
      'Les renseignements sur chaque personne détenue parviennent au Bureau de renseignements dans les plus brefs délais',
      'تصل المعلومات الخاصة بكل شخص محتجز إلى مكتب الاستعلامات في أقصر مدة ممكنة',
    ],
    [cite('GC III', '122'), cite('GC IV', '136–137')],
    { appliesTo: ['iac'] },
  ),
  assess(
    'safeguards.icrc_access',
    [
      'The ICRC has regular access to all persons held',
      'Le CICR a un accès régulier à toutes les personnes détenues',
      'تتمتع اللجنة الدولية للصليب الأحمر بإمكانية الوصول المنتظم إلى جميع المحتجزين',
    ],
    [cite('CIHL', 'R.124')],
    { appliesTo: ['iac'] },
  ),
  assess(
    'safeguards.independent_inspection',
    [
      'Independent inspections take place, unannounced, with confidential interviews',
      'Des inspections indépendantes ont lieu, inopinées, avec des entretiens confidentiels',
      'تُجرى عمليات تفتيش مستقلة دون إعلان مسبق، مع مقابلات سرية',
    ],
    [cite('JDL'), cite('SMR', '83–85', { toVerify: true })],
  ),
]);
