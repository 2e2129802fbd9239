/**
 * The safeguard rules with the defaults of domain.md §2. Where a source says "promptly",
 * "without delay" or "as soon as possible" it gives no number: the default is then a
 * design value (`thresholdBasis: 'design'`), configurable per profile.
 */
import type { LegalForce, StandardRef } from '../standards/refs';
import { binding, CUSTOMARY, DESIGN, IAC, recommendation, standard, U } from '../standards/refs';
import type { RegimeThresholds, SafeguardRule, SafeguardRuleId, Threshold } from './types';

const hours = (amount: number): Threshold => ({ amount, unit: 'hours' });
const days = (amount: number): Threshold => ({ amount, unit: 'days' });
const months = (amount: number): Threshold => ({ amount, unit: 'months' });
const IMMEDIATE = hours(0);
const everywhere = (threshold: Threshold): RegimeThresholds => ({ iac: threshold, niac: threshold, criminal: threshold });

type RuleInput = Omit<SafeguardRule, 'force' | 'thresholdBasis' | 'toVerify'> & { basis?: 'design'; verify?: true };

const FORCE_RANK: Readonly<Record<LegalForce, number>> = { binding: 0, standard: 1, recommendation: 2 };

function rule(id: SafeguardRuleId, input: Omit<RuleInput, 'id'>): SafeguardRule {
  const { basis, verify, ...rest } = input;
  const force = [...rest.sources].sort((a, b) => FORCE_RANK[a.force] - FORCE_RANK[b.force])[0]?.force ?? 'recommendation';
  return Object.freeze({ id, ...rest, force, thresholdBasis: basis ?? 'source', ...(verify ? { toVerify: true as const } : {}) });
}

const SMR = (r: string, verify = false) => standard(`Mandela Rule ${r}`, verify ? U : {});
const BOP = (p: string, verify = false) => standard(`Body of Principles ${p}`, verify ? U : {});
const JUDGE_SOURCES: readonly StandardRef[] = [
  binding('ICCPR art. 9(3)'),
  standard('HRC General Comment 35 §33 (48 hours; 24 hours for juveniles)', U),
  standard('HRC General Comment 35 §34 (physical presence)'),
  standard('HRC Views Johar v. Norway (48-hour rule)'),
];

/** Every rule, by id. */
export const SAFEGUARD_RULES: Readonly<Record<SafeguardRuleId, SafeguardRule>> = {
  'registration-delay': rule('registration-delay', {
    domainRef: 'T1',
    sources: [SMR('7'), standard('Havana/JDL rule 20'), binding('ICPPED art. 17(3)')],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
  'reasons-told': rule('reasons-told', {
    domainRef: 'T2',
    sources: [BOP('10'), binding('ICCPR art. 9(2)', U)],
    thresholds: everywhere(hours(1)),
    basis: 'design',
    verify: true,
  }),
  'judge-appearance': rule('judge-appearance', {
    domainRef: 'T3',
    sources: JUDGE_SOURCES,
    thresholds: everywhere(hours(48)),
    childThreshold: hours(24),
    verify: true,
  }),
  'lawyer-access': rule('lawyer-access', {
    domainRef: 'T14',
    sources: [standard('HRC General Comment 35 §58'), SMR('61', true)],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
  'family-notified': rule('family-notified', {
    domainRef: 'T7',
    sources: [BOP('16(1), 16(4)'), SMR('68'), standard('Havana/JDL rule 22'), BOP('15', true)],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
  'family-notified-transfer': rule('family-notified-transfer', {
    domainRef: 'T8',
    sources: [BOP('16(1)'), SMR('68'), standard('Havana/JDL rule 21(d)')],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
  'consular-notification': rule('consular-notification', {
    domainRef: '§1.2 row 37',
    sources: [BOP('16(2)')],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
  'medical-exam': rule('medical-exam', {
    domainRef: 'T13',
    sources: [BOP('24'), SMR('30', true), standard('CPT (screening within 24 h)', U)],
    thresholds: everywhere(hours(24)),
    verify: true,
  }),
  'capture-card': rule('capture-card', {
    domainRef: 'T9',
    sources: [binding('GCIII art. 70', IAC), binding('GCIV art. 106', IAC)],
    thresholds: { iac: days(7), niac: null, criminal: null },
  }),
  'information-bureau': rule('information-bureau', {
    domainRef: 'T10',
    sources: [binding('GCIII art. 122', IAC), binding('GCIV art. 136–137', IAC)],
    thresholds: { iac: days(14), niac: null, criminal: null },
  }),
  'icrc-notified': rule('icrc-notified', {
    domainRef: 'T12b',
    sources: [
      binding('CIHL Rule 123–124', CUSTOMARY),
      recommendation('NIAC access agreements (e.g. "within 14 days")', U),
    ],
    thresholds: { iac: null, niac: days(14), criminal: null },
    verify: true,
  }),
  'internment-review': rule('internment-review', {
    domainRef: 'T5',
    sources: [binding('GCIV art. 43', IAC), binding('GCIV art. 78', IAC), DESIGN],
    thresholds: { iac: months(6), niac: months(6), criminal: null },
  }),
  'solitary-duration': rule('solitary-duration', {
    domainRef: 'T15',
    sources: [SMR('43(1)(a)–(b)'), SMR('44')],
    thresholds: everywhere(days(15)),
  }),
  'solitary-protected-groups': rule('solitary-protected-groups', {
    domainRef: 'T15b',
    sources: [SMR('45(2)'), standard('Havana/JDL rule 67', U)],
    thresholds: everywhere(IMMEDIATE),
  }),
  'child-separation': rule('child-separation', {
    domainRef: '§1.2 row 25',
    sources: [binding('CIHL Rule 120', CUSTOMARY), SMR('11')],
    thresholds: everywhere(IMMEDIATE),
  }),
  'women-separation': rule('women-separation', {
    domainRef: '§1.2 row 25',
    sources: [
      binding('AP II art. 5(2)(a)', { note: 'NIAC meeting the AP II threshold' }),
      binding('CIHL Rule 119', CUSTOMARY),
      SMR('11'),
    ],
    thresholds: everywhere(IMMEDIATE),
  }),
  'child-visits': rule('child-visits', {
    domainRef: 'T19',
    sources: [standard('Havana/JDL rule 60 (visits; number unconfirmed)', U)],
    thresholds: everywhere(months(1)),
    verify: true,
  }),
  'ill-treatment-referral': rule('ill-treatment-referral', {
    domainRef: 'T21',
    sources: [SMR('71(2)–(3)')],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
  'death-reporting': rule('death-reporting', {
    domainRef: 'T20',
    sources: [SMR('69'), SMR('71'), binding('GCIII art. 120', IAC)],
    thresholds: everywhere(hours(24)),
    basis: 'design',
  }),
};
