/**
 * Default template, version 1: separation of categories, women, children, personnel
 * (domain.md §3.2 B, F, G and H). Bangkok and Havana rule numbers domain.md has not
 * checked are marked to verify.
 */
import { cite } from '../../sources';
import type { TemplateSection } from '../../template';
import { assess, count, section } from '../itemBuilders';

/** Separation of categories. */
export const SEPARATION: TemplateSection = section('separation', [
  assess(
    'separation.men_women',
    [
      'Men and women are held in separate quarters, women under the supervision of women',
      'Les hommes et les femmes sont détenus dans des quartiers séparés, les femmes sous la surveillance de femmes',
      'يُحتجَز الرجال والنساء في أماكن منفصلة، وتكون النساء تحت إشراف نساء',
    ],
    [cite('SMR', '11'), cite('CIHL', 'R.119'), cite('AP II', '5(2)(a)')],
  ),
  assess(
    'separation.children_adults',
    [
      'Children are held apart from adults, except where families are accommodated as family units',
      'Les enfants sont détenus séparément des adultes, sauf lorsque des familles sont logées en unités familiales',
      'يُحتجَز الأطفال بمعزل عن البالغين، إلا إذا أُودعت الأسر كوحدات عائلية',
    ],
    [cite('SMR', '11'), cite('CIHL', 'R.120')],
  ),
  assess(
    'separation.legal_status',
    [
      'Detainees are separated by the legal reason for their detention (untried apart from convicted)',
      'Les personnes détenues sont séparées selon le motif juridique de leur détention (prévenus à part des condamnés)',
      'يُفصَل المحتجزون حسب السبب القانوني لاحتجازهم (الموقوفون رهن المحاكمة بمعزل عن المدانين)',
    ],
    [cite('SMR', '11')],
  ),
]);

/** Women. */
export const WOMEN: TemplateSection = section('women', [
  assess(
    'women.admission_contacts',
    [
      'On admission, women can contact relatives, obtain legal advice, receive information in their own language and, if foreign, reach consular representatives',
      'À l’admission, les femmes peuvent contacter leurs proches, obtenir des conseils juridiques, recevoir des informations dans leur langue et, si elles sont étrangères, joindre leurs représentants consulaires',
      'عند الإيداع، تستطيع النساء الاتصال بأقاربهن والحصول على مشورة قانونية وتلقي المعلومات بلغتهن، والاتصال بالممثلين القنصليين إن كُنّ أجنبيات',
    ],
    [cite('BKK', '2(1)')],
  ),
  assess(
    'women.childcare_arranged',
    [
      'Women can arrange care for their children before or at admission',
      'Les femmes peuvent organiser la prise en charge de leurs enfants avant ou lors de l’admission',
      'تستطيع النساء ترتيب رعاية أطفالهن قبل الإيداع أو عنده',
    ],
    [cite('BKK', '2(2)')],
  ),
  assess(
    'women.children_recorded',
    [
      'The children of women admitted are recorded, with their names, ages, whereabouts and carers',
      'Les enfants des femmes admises sont enregistrés, avec leur nom, leur âge, leur lieu de vie et la personne qui en a la charge',
      'يُسجَّل أطفال النساء المودَعات بأسمائهم وأعمارهم وأماكن وجودهم والقائمين على رعايتهم',
    ],
    [cite('BKK', '3(1)'), cite('APT-DFD', 'Files and records')],
  ),
  assess(
    'women.health_screening',
    [
      'Health screening on admission covers sexually transmitted and blood-borne diseases, mental health including suicide and self-harm risk, reproductive health, drug dependency and prior sexual abuse or violence',
      'Le dépistage sanitaire à l’admission couvre les infections sexuellement transmissibles et transmissibles par le sang, la santé mentale dont le risque de suicide et d’automutilation, la santé reproductive, la toxicomanie et les violences ou abus sexuels antérieurs',
      'يشمل الفحص الصحي عند الإيداع الأمراض المنقولة جنسياً وبالدم، والصحة النفسية بما فيها خطر الانتحار وإيذاء النفس، والصحة الإنجابية، والإدمان على المخدرات، والاعتداء الجنسي أو العنف السابق',
    ],
    [cite('BKK', '6')],
  ),
  assess(
    'women.abuse_response',
    [
      'Where abuse is found, women are told of their right to seek recourse, referred if they agree, given psychological support and protected from retaliation',
      'En cas de violences constatées, les femmes sont informées de leur droit de recours, orientées si elles y consentent, reçoivent un soutien psychologique et sont protégées contre les représailles',
      'عند اكتشاف اعتداء، تُبلَّغ المرأة بحقها في اللجوء إلى سبل الانتصاف، وتُحال إذا وافقت، وتتلقى دعماً نفسياً، وتُحمى من الانتقام',
    ],
    [cite('BKK', '7')],
  ),
  assess(
    'women.no_segregation_pregnant',
    [
      'No close confinement or disciplinary segregation for pregnant women, women with infants or breastfeeding mothers',
      'Aucun isolement ni placement disciplinaire à l’écart pour les femmes enceintes, les femmes avec nourrisson ou les mères allaitantes',
      'لا حبس انفرادي ولا عزل تأديبي للحوامل أو للنساء مع رُضّع أو للأمهات المرضعات',
    ],
    [cite('BKK', '22', { toVerify: true })],
  ),
  assess(
    'women.no_restraints_in_labour',
    [
      'No restraints are used on women during labour, during birth or immediately after',
      'Aucun moyen de contrainte n’est utilisé sur les femmes pendant le travail, l’accouchement ou juste après',
      'لا تُستخدم أدوات التقييد مع النساء أثناء المخاض أو الولادة أو بعدها مباشرة',
    ],
    [cite('BKK', '24', { toVerify: true })],
  ),
  assess(
    'women.children_with_mother',
    [
      'For children living with their mother: a best-interests decision, childcare facilities and a health screening on admission',
      'Pour les enfants vivant avec leur mère : une décision fondée sur leur intérêt supérieur, des structures d’accueil et un examen de santé à l’admission',
      'للأطفال المقيمين مع أمهاتهم: قرار يراعي مصلحتهم الفضلى، ومرافق لرعايتهم، وفحص صحي عند الإيداع',
    ],
    [cite('SMR', '29')],
  ),
  assess(
    'women.birth_certificate',
    [
      'A birth in detention is not mentioned on the birth certificate',
      'Une naissance en détention n’est pas mentionnée sur l’acte de naissance',
      'لا يُذكَر في شهادة الميلاد أن الولادة تمت أثناء الاحتجاز',
    ],
    [cite('SMR', '28')],
  ),
]);

/** Children (anyone under 18). */
export const CHILDREN: TemplateSection = section('children', [
  assess(
    'children.commitment_order',
    [
      'Every child is held on a valid commitment order entered in the register; no child is held without one',
      'Chaque enfant est détenu en vertu d’une décision de placement valide inscrite au registre ; aucun enfant n’est détenu sans elle',
      'يُحتجَز كل طفل بموجب أمر إيداع صحيح مقيد في السجل، ولا يُحتجَز أي طفل دونه',
    ],
    [cite('JDL', '20')],
  ),
  assess(
    'children.confidential_file',
    [
      'Each child has a confidential individual file, sealed on release',
      'Chaque enfant a un dossier individuel confidentiel, scellé à sa libération',
      'لكل طفل ملف فردي سري يُختَم عند الإفراج عنه',
    ],
    [cite('JDL', '19')],
  ),
  assess(
    'children.parents_informed',
    [
      'Parents or guardians are told without delay of admission, place, transfer and release, and each notification is recorded',
      'Les parents ou tuteurs sont informés sans délai de l’admission, du lieu, du transfert et de la libération, et chaque notification est consignée',
      'يُبلَّغ الوالدان أو الأوصياء دون تأخير بالإيداع والمكان والنقل والإفراج، وتُسجَّل كل عملية إبلاغ',
    ],
    [cite('JDL', '22'), cite('JDL', '21(d)')],
  ),
  assess(
    'children.medical_on_arrival',
    [
      'Each child is examined by a doctor on arrival to record any evidence of prior ill-treatment; drugs are never used to obtain information or as a restraint',
      'Chaque enfant est examiné par un médecin à son arrivée pour consigner toute trace de mauvais traitements antérieurs ; aucun médicament n’est utilisé pour obtenir des informations ou comme moyen de contrainte',
      'يفحص طبيب كل طفل عند وصوله لتسجيل أي دليل على سوء معاملة سابقة، ولا تُستخدم الأدوية أبداً لانتزاع المعلومات أو كوسيلة تقييد',
    ],
    [cite('JDL')],
  ),
  assess(
    'children.visits_correspondence',
    [
      'Children receive visits weekly, and not less than monthly, and can write or telephone at least twice a week',
      'Les enfants reçoivent des visites chaque semaine, et au moins une fois par mois, et peuvent écrire ou téléphoner au moins deux fois par semaine',
      'يتلقى الأطفال زيارات أسبوعية، ولا تقل عن زيارة في الشهر، ويمكنهم الكتابة أو الاتصال هاتفياً مرتين في الأسبوع على الأقل',
    ],
    [cite('JDL', '60–61', { toVerify: true })],
  ),
  assess(
    'children.complaints_uncensored',
    [
      'Children can complain to the director, the central authority and a judicial authority without censorship',
      'Les enfants peuvent adresser des plaintes au directeur, à l’autorité centrale et à une autorité judiciaire, sans censure',
      'يستطيع الأطفال تقديم الشكاوى إلى المدير والسلطة المركزية والسلطة القضائية دون رقابة',
    ],
    [cite('JDL')],
  ),
  assess(
    'children.no_solitary',
    [
      'Children are never held in solitary confinement',
      'Les enfants ne sont jamais placés à l’isolement',
      'لا يُودَع الأطفال أبداً في الحبس الانفرادي',
    ],
    [cite('SMR', '45(2)'), cite('JDL', '67', { toVerify: true })],
  ),
]);

/** Personnel. */
export const PERSONNEL: TemplateSection = section('personnel', [
  assess(
    'personnel.staffing_training',
    [
      'Staff are sufficient in number and trained for their work',
      'Le personnel est en nombre suffisant et formé à ses tâches',
      'عدد الموظفين كافٍ وهم مدرَّبون على عملهم',
    ],
    [cite('APT-Guide', undefined, { toVerify: true })],
  ),
  assess(
    'personnel.female_staff',
    [
      'Women detainees are supervised by female staff',
      'Les femmes détenues sont surveillées par du personnel féminin',
      'تُشرف موظفات على المحتجزات',
    ],
    [cite('CIHL', 'R.119')],
  ),
  assess(
    'personnel.implicated_staff_excluded',
    [
      'Staff implicated in allegations of torture or ill-treatment are kept out of the investigation',
      'Les membres du personnel mis en cause dans des allégations de torture ou de mauvais traitements sont tenus à l’écart de l’enquête',
      'يُستبعَد الموظفون المتورطون في ادعاءات التعذيب أو سوء المعاملة من التحقيق',
    ],
    [cite('SMR', '71(3)')],
  ),
  count(
    'personnel.staff_on_duty',
    [
      'Staff on duty at the time of the visit',
      'Membres du personnel en service au moment de la visite',
      'عدد الموظفين المناوبين وقت الزيارة',
    ],
    [cite('APT-Guide', undefined, { toVerify: true })],
    'higher',
  ),
  count(
    'personnel.female_staff_on_duty',
    [
      'Female staff on duty at the time of the visit',
      'Membres féminins du personnel en service au moment de la visite',
      'عدد الموظفات المناوبات وقت الزيارة',
    ],
    [cite('CIHL', 'R.119')],
  ),
]);
