/** Forms of health events and of notifications to the outside world. */
import {
  CARD_KIND,
  CARD_OUTCOME,
  CARD_RECIPIENT,
  CARD_TRIGGER,
  choice,
  choices,
  CONSUL_OUTCOME,
  EXAMINATION_CONTEXT,
  EXAMINATION_OUTCOME,
  FAMILY_OUTCOME,
  ICRC_CHANNEL,
  NOTIFICATION_CHANNEL,
  NOTIFICATION_TRIGGER,
} from './choices';
import type { EventSpec } from './fieldTypes';
import { BOOLEAN, group, INSTANT, knownOf, LONG, must, TEXT } from './specHelpers';

const finding = group([
  must('present', 'detainee.fields.present', BOOLEAN),
  must('description', 'detainee.fields.description', LONG, { optional: true }),
]);

export const CARE_SPECS: readonly EventSpec[] = [
  {
    type: 'custody.medical_examined',
    capability: 'medical.write',
    fields: [
      must('context', 'detainee.fields.examinationContext', choice(EXAMINATION_CONTEXT)),
      must('outcome', 'detainee.fields.examinationOutcome', choice(EXAMINATION_OUTCOME)),
      knownOf('examiner', 'detainee.fields.examiner', TEXT),
      knownOf('findings', 'detainee.fields.findings', LONG),
      knownOf('injuries', 'detainee.fields.injuries', finding),
      knownOf('referredTo', 'detainee.fields.referredTo', TEXT),
      knownOf(
        'tortureSignsReferral',
        'detainee.fields.tortureSignsReferral',
        group([
          must('at', 'detainee.fields.referredAt', INSTANT),
          must('authority', 'detainee.fields.authority', TEXT),
          knownOf('reference', 'detainee.fields.reference', TEXT),
        ]),
      ),
    ],
  },
  {
    type: 'custody.injury_recorded',
    capability: 'register.write',
    fields: [
      knownOf('circumstances', 'detainee.fields.circumstances', LONG),
      knownOf('cause', 'detainee.fields.cause', LONG),
      knownOf('reportedTo', 'detainee.fields.reportedTo', TEXT),
      knownOf('reportedAt', 'detainee.fields.reportedAt', INSTANT),
    ],
  },
  {
    type: 'custody.hospital_admitted',
    capability: 'register.write',
    fields: [
      must('facility', 'detainee.fields.hospital', TEXT),
      knownOf('reason', 'detainee.fields.hospitalReason', LONG),
      knownOf('escortingAuthority', 'detainee.fields.escortingAuthority', TEXT),
    ],
  },
  {
    type: 'custody.hospital_returned',
    capability: 'register.write',
    fields: [
      must('hospitalEventId', 'detainee.fields.hospitalEventId', { kind: 'event', eventType: 'custody.hospital_admitted' }),
      knownOf('notes', 'detainee.fields.notes', LONG),
    ],
  },
  {
    type: 'custody.family_notified',
    capability: 'register.write',
    fields: [
      must('outcome', 'detainee.fields.familyOutcome', choice(FAMILY_OUTCOME)),
      must('delayReason', 'detainee.fields.delayReason', LONG, { optional: true, when: { field: 'outcome', is: ['delayed'] } }),
      must('trigger', 'detainee.fields.trigger', choice(NOTIFICATION_TRIGGER)),
      knownOf('person', 'detainee.fields.personNotified', TEXT),
      knownOf('relationship', 'detainee.fields.relationship', TEXT),
      knownOf('channel', 'detainee.fields.channel', choice(NOTIFICATION_CHANNEL)),
      knownOf('notifiedBy', 'detainee.fields.notifiedBy', TEXT),
    ],
  },
  {
    type: 'custody.consul_informed',
    capability: 'register.write',
    fields: [
      must('outcome', 'detainee.fields.consulOutcome', choice(CONSUL_OUTCOME)),
      knownOf('consularPost', 'detainee.fields.consularPost', TEXT),
      knownOf('channel', 'detainee.fields.consulChannel', TEXT),
    ],
  },
  {
    type: 'custody.icrc_notified',
    capability: 'register.write',
    fields: [
      must('channel', 'detainee.fields.icrcChannel', choice(ICRC_CHANNEL)),
      knownOf('reference', 'detainee.fields.reference', TEXT),
    ],
  },
  {
    type: 'custody.icrc_visited',
    capability: 'register.write',
    fields: [
      knownOf('privateInterviewHeld', 'detainee.fields.privateInterviewHeld', BOOLEAN),
      knownOf('icrcRegistrationRef', 'detainee.fields.icrcRegistrationRef', TEXT),
    ],
  },
  {
    type: 'custody.card_issued',
    capability: 'register.write',
    fields: [
      must('kind', 'detainee.fields.cardKind', choice(CARD_KIND)),
      must('trigger', 'detainee.fields.cardTrigger', choice(CARD_TRIGGER)),
      must('outcome', 'detainee.fields.cardOutcome', choice(CARD_OUTCOME)),
      knownOf('sentTo', 'detainee.fields.sentTo', choices(CARD_RECIPIENT)),
    ],
  },
  {
    type: 'custody.bureau_notified',
    capability: 'register.write',
    fields: [
      must('trigger', 'detainee.fields.trigger', choice(NOTIFICATION_TRIGGER)),
      must('bureau', 'detainee.fields.bureau', TEXT),
      knownOf('reference', 'detainee.fields.reference', TEXT),
      knownOf('forwardedToCentralAgencyAt', 'detainee.fields.forwardedToCentralAgencyAt', INSTANT),
    ],
  },
];
