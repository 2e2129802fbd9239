/** Forms of the judicial and administrative process. */
import {
  AUTHORITY_KIND,
  choice,
  HEARING_KIND,
  JUDGE_OUTCOME,
  LAWYER_KIND,
  REVIEW_KIND,
  REVIEW_OUTCOME,
} from './choices';
import type { EventSpec } from './fieldTypes';
import { BOOLEAN, INSTANT, knownOf, LONG, must, TEXT } from './specHelpers';

export const LEGAL_SPECS: readonly EventSpec[] = [
  {
    type: 'custody.lawyer_contacted',
    capability: 'register.write',
    fields: [
      must('kind', 'detainee.fields.lawyerKind', choice(LAWYER_KIND)),
      knownOf('lawyer', 'detainee.fields.lawyer', TEXT),
      knownOf('legalAid', 'detainee.fields.legalAid', BOOLEAN),
    ],
  },
  {
    type: 'custody.brought_before_judge',
    capability: 'register.write',
    fields: [
      must('authority', 'detainee.fields.judgeAuthority', TEXT),
      must('authorityKind', 'detainee.fields.authorityKind', choice(AUTHORITY_KIND)),
      knownOf('physicallyPresent', 'detainee.fields.physicallyPresent', BOOLEAN),
      knownOf('outcome', 'detainee.fields.judgeOutcome', choice(JUDGE_OUTCOME)),
      knownOf('reference', 'detainee.fields.reference', TEXT),
    ],
  },
  {
    type: 'custody.hearing_held',
    capability: 'register.write',
    fields: [
      must('court', 'detainee.fields.court', TEXT),
      must('kind', 'detainee.fields.hearingKind', choice(HEARING_KIND)),
      knownOf('outcome', 'detainee.fields.hearingOutcome', LONG),
      knownOf('lawyerPresent', 'detainee.fields.lawyerPresent', BOOLEAN),
      knownOf('nextHearingAt', 'detainee.fields.nextHearingAt', INSTANT),
    ],
  },
  {
    type: 'custody.internment_decided',
    capability: 'register.write',
    fields: [
      must('authority', 'detainee.fields.authority', TEXT),
      must('grounds', 'detainee.fields.grounds', LONG),
      knownOf('reference', 'detainee.fields.reference', TEXT),
    ],
  },
  {
    type: 'custody.internment_reviewed',
    capability: 'register.write',
    fields: [
      must('body', 'detainee.fields.reviewBody', TEXT),
      must('kind', 'detainee.fields.reviewKind', choice(REVIEW_KIND)),
      must('outcome', 'detainee.fields.reviewOutcome', choice(REVIEW_OUTCOME)),
      knownOf('reference', 'detainee.fields.reference', TEXT),
    ],
  },
  {
    type: 'custody.charged',
    capability: 'register.write',
    fields: [
      must('offence', 'detainee.fields.offence', LONG),
      must('authority', 'detainee.fields.authority', TEXT),
      knownOf('toldAt', 'detainee.fields.toldAt', INSTANT),
      knownOf('reference', 'detainee.fields.reference', TEXT),
    ],
  },
  {
    type: 'custody.interrogation_recorded',
    capability: 'register.write',
    fields: [
      knownOf('endedAt', 'detainee.fields.endedAt', INSTANT),
      knownOf('officials', 'detainee.fields.officials', LONG),
      knownOf('othersPresent', 'detainee.fields.othersPresent', LONG),
      knownOf('interpreterPresent', 'detainee.fields.interpreterPresent', BOOLEAN),
      knownOf('lawyerPresent', 'detainee.fields.lawyerPresent', BOOLEAN),
      knownOf('location', 'detainee.fields.interrogationLocation', TEXT),
    ],
  },
];
