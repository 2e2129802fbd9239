/** Forms of life in custody: placement, discipline, solitary confinement, restraints, complaints, contact. */
import { AGE_GROUPS, QUARTERS, STATUS_GROUPS } from '@shared/custody/events/common';
import { choice, COMPLAINT_KIND, CORRESPONDENCE_KIND, DIRECTION, SOLITARY_KIND, VISITOR_CATEGORY, vocabularyChoice } from './choices';
import type { EventSpec } from './fieldTypes';
import { BOOLEAN, group, INSTANT, knownOf, LONG, must, TEXT } from './specHelpers';

const SEPARATION = group([
  must('quarters', 'detainee.fields.quarters', vocabularyChoice(QUARTERS, 'quarters')),
  must('ageGroup', 'detainee.fields.ageGroup', vocabularyChoice(AGE_GROUPS, 'ageGroup')),
  must('statusGroup', 'detainee.fields.statusGroup', vocabularyChoice(STATUS_GROUPS, 'statusGroup')),
]);

export const REGIME_SPECS: readonly EventSpec[] = [
  {
    type: 'custody.placement_changed',
    capability: 'register.write',
    fields: [
      must('placement', 'detainee.fields.placement', TEXT),
      knownOf('separation', 'detainee.fields.separation', SEPARATION),
      knownOf('reason', 'detainee.fields.reason', LONG),
    ],
  },
  {
    type: 'custody.discipline_imposed',
    capability: 'register.write',
    fields: [
      must('allegedOffence', 'detainee.fields.allegedOffence', LONG),
      knownOf('hearingAt', 'detainee.fields.disciplinaryHearingAt', INSTANT),
      must('sanction', 'detainee.fields.sanction', LONG),
      must('authority', 'detainee.fields.authority', TEXT),
      knownOf('endsAt', 'detainee.fields.endsAt', INSTANT),
      must('restrictsFamilyContact', 'detainee.fields.restrictsFamilyContact', BOOLEAN, { hint: 'detainee.fields.restrictsFamilyContactHint' }),
    ],
  },
  {
    type: 'custody.solitary_started',
    capability: 'register.write',
    fields: [
      must('kind', 'detainee.fields.solitaryKind', choice(SOLITARY_KIND)),
      must('authority', 'detainee.fields.authority', TEXT),
      must('reason', 'detainee.fields.reason', LONG),
    ],
  },
  {
    type: 'custody.solitary_ended',
    capability: 'register.write',
    fields: [
      must('startEventId', 'detainee.fields.solitaryEpisode', { kind: 'event', eventType: 'custody.solitary_started' }),
      must('authority', 'detainee.fields.endingAuthority', TEXT),
    ],
  },
  {
    type: 'custody.restraint_used',
    capability: 'register.write',
    fields: [
      must('kind', 'detainee.fields.restraintKind', TEXT),
      must('reason', 'detainee.fields.reason', LONG),
      must('authoriser', 'detainee.fields.authoriser', TEXT),
      knownOf('endedAt', 'detainee.fields.endedAt', INSTANT),
    ],
  },
  {
    type: 'custody.complaint_recorded',
    capability: 'register.write',
    fields: [
      must('kind', 'detainee.fields.complaintKind', choice(COMPLAINT_KIND)),
      knownOf('summary', 'detainee.fields.summary', LONG),
      must('isConfidential', 'detainee.fields.isConfidential', BOOLEAN),
      knownOf('referredTo', 'detainee.fields.referredTo', TEXT),
      knownOf('referredAt', 'detainee.fields.referredAt', INSTANT),
      knownOf('reference', 'detainee.fields.reference', TEXT),
      knownOf('response', 'detainee.fields.response', LONG),
    ],
  },
  {
    type: 'custody.visit_received',
    capability: 'register.write',
    fields: [
      must('visitorCategory', 'detainee.fields.visitorCategory', choice(VISITOR_CATEGORY)),
      knownOf('visitors', 'detainee.fields.visitors', TEXT),
      knownOf('durationMinutes', 'detainee.fields.durationMinutes', { kind: 'number', min: 1, max: 24 * 60 }),
    ],
  },
  {
    type: 'custody.correspondence_recorded',
    capability: 'register.write',
    fields: [
      must('direction', 'detainee.fields.direction', choice(DIRECTION)),
      must('kind', 'detainee.fields.correspondenceKind', choice(CORRESPONDENCE_KIND)),
      must('count', 'detainee.fields.count', { kind: 'number', min: 1, max: 1000 }),
    ],
  },
];
