/**
 * The sources of every event type after admission, from domain.md §1.2 rows 2, 20 and
 * 25–67 and the safeguards of §2. Keyed by event type name.
 */
import type { CustodyEventType } from '../eventTypes';
import type { StandardRef } from './refs';
import { binding, CUSTOMARY, DESIGN, IAC, recommendation, standard, U } from './refs';

const CED = (item: string, verify = false) => binding(`ICPPED art. ${item}`, verify ? U : {});
const SMR = (rule: string, verify = false) => standard(`Mandela Rule ${rule}`, verify ? U : {});
const BOP = (principle: string, verify = false) => standard(
  `Body of Principles ${principle}`,
  verify ? U : {},
);
const GC3 = (article: string) => binding(`GCIII art. ${article}`, IAC);
const GC4 = (article: string) => binding(`GCIV art. ${article}`, IAC);
const JDL = (rule: string, verify = false) => standard(`Havana/JDL rule ${rule}`, verify ? U : {});
const CIHL = (rule: string) => binding(`CIHL Rule ${rule}`, CUSTOMARY);
const GC35 = (paragraph: string, verify = false) =>
  standard(
    `HRC General Comment 35 ${paragraph}`,
    { note: 'authoritative interpretation of ICCPR art. 9', toVerify: verify },
  );

const AUDIT_TRAIL = [
  SMR('6', true),
  recommendation('APT-DFD "signs of deletion/late additions"'),
  CED('22', true),
];
const HOSPITAL = [GC3('122'), GC4('136'), SMR('27(1)'), GC3('70')];
const SOLITARY = [SMR('43–45'), SMR('46', true)];

/** Sources of every custody event type except `custody.admitted` (whose fields are mapped one by one). */
export const EVENT_STANDARDS: Readonly<Record<Exclude<CustodyEventType, 'custody.admitted'>, readonly StandardRef[]>> = {
  'custody.medical_examined': [
    BOP('24'),
    BOP('25'),
    SMR('30', true),
    standard('Havana/JDL (exam on arrival)'),
    standard('CPT (screening within 24 h)', U),
    SMR('71(2)'),
  ],
  'custody.family_notified': [
    BOP('16(1), 16(4)'),
    SMR('68'),
    JDL('21(d), 22'),
    BOP('15', true),
    BOP('16(3)', true),
  ],
  'custody.consul_informed': [BOP('16(2)'), standard('Bangkok Rule 2(1)')],
  'custody.icrc_notified': [
    GC3('122–123'),
    GC4('137, 140'),
    CIHL('123–124'),
    recommendation('NIAC access agreements (e.g. "within 14 days")', U),
  ],
  'custody.icrc_visited': [recommendation('ICRC visit procedures (private interviews)'), CIHL('124')],
  'custody.card_issued': [GC3('70'), GC4('106')],
  'custody.bureau_notified': [GC3('122–123'), GC4('136–137, 140')],
  'custody.lawyer_contacted': [SMR('8(a)'), GC35('§58'), SMR('61', true)],
  'custody.brought_before_judge': [
    BOP('12(1)(b)'),
    BOP('11'),
    binding('ICCPR art. 9(3)'),
    GC35('§33 (48 hours)', true),
    GC35('§34 (physical presence)'),
    standard('HRC Views Johar v. Norway (48-hour rule)', { note: 'treaty-body reading of ICCPR art. 9(3)' }),
  ],
  'custody.hearing_held': [SMR('8(a)'), CED('17(2)(f)')],
  'custody.internment_decided': [GC4('43'), GC4('78')],
  'custody.internment_reviewed': [
    GC4('43'),
    GC4('78'),
    recommendation('Habeas design suggestion [D]', { note: 'apply by analogy in NIAC' }),
  ],
  'custody.charged': [BOP('10'), binding('ICCPR art. 9(2)', U)],
  'custody.interrogation_recorded': [BOP('23', true)],
  'custody.discipline_imposed': [SMR('8(c), 8(e)', true), SMR('39', true), SMR('43(3)')],
  'custody.solitary_started': SOLITARY,
  'custody.solitary_ended': SOLITARY,
  'custody.restraint_used': [SMR('43(2), 47(2)'), SMR('48–49', true)],
  'custody.complaint_recorded': [SMR('8(d)', true), SMR('56–57', true), SMR('71(2)')],
  'custody.injury_recorded': [SMR('8(f)')],
  'custody.hospital_admitted': HOSPITAL,
  'custody.hospital_returned': HOSPITAL,
  'custody.visit_received': [CIHL('126'), SMR('58', true), JDL('60 (visits)', true)],
  'custody.correspondence_recorded': [
    CIHL('125'),
    binding('AP II art. 5(2)(b)', { note: 'NIAC meeting the AP II threshold' }),
    JDL('61 (correspondence)', true),
  ],
  'custody.placement_changed': [
    SMR('11'),
    CIHL('119'),
    CIHL('120'),
    binding('AP II art. 5(2)(a)', { note: 'NIAC meeting the AP II threshold' }),
  ],
  'custody.transferred_out': [
    CED('17(3)(h)', true),
    CED('18(1)(d)'),
    SMR('7(c)'),
    BOP('16(1)'),
    JDL('21(c)'),
    GC3('122'),
    GC4('136'),
    GC3('12'),
    GC4('45'),
    standard('CPT (medical file forwarded on transfer)'),
    DESIGN,
  ],
  'custody.transferred_in': [CED('18(1)(d)'), SMR('7(c)'), BOP('16(1)'), JDL('21(c)')],
  'custody.released': [
    CED('17(3)(h)', true),
    CED('18(1)(e)'),
    SMR('7(c)'),
    JDL('21(c)'),
    GC4('97'),
    SMR('9'),
    GC4('136'),
    JDL('21(d)'),
    JDL('19'),
  ],
  'custody.escaped': [GC3('122'), GC4('136'), SMR('71(1)')],
  'custody.died': [
    CED('17(3)(g), 18(1)(g)'),
    SMR('8(f)'),
    GC3('120'),
    recommendation('APT/PRI deaths-in-custody factsheet (autopsy)'),
    SMR('69'),
    SMR('71(1)'),
  ],
  'custody.corrected': AUDIT_TRAIL,
  'custody.voided': AUDIT_TRAIL,
  'custody.confirmed': AUDIT_TRAIL,
};
