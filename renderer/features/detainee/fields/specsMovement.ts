/** Forms of the events that move or end custody: transfer out and in, release, escape, death. */
import { BODY_EXAMINATION_KIND, choice, PROPERTY_RETURN, RISK_OUTCOME } from './choices';
import type { EventSpec } from './fieldTypes';
import { BOOLEAN, group, INSTANT, knownOf, LONG, must, TEXT } from './specHelpers';

export const MOVEMENT_SPECS: readonly EventSpec[] = [
  {
    type: 'custody.transferred_out',
    capability: 'register.write',
    fields: [
      must('destination', 'detainee.fields.destination', TEXT),
      must('responsibleAuthority', 'detainee.fields.responsibleAuthority', TEXT),
      must('receivingAuthority', 'detainee.fields.receivingAuthority', TEXT),
      knownOf(
        'riskAssessment',
        'detainee.fields.riskAssessment',
        group([
          must('outcome', 'detainee.fields.riskOutcome', choice(RISK_OUTCOME)),
          knownOf('receiverWillingAndAble', 'detainee.fields.receiverWillingAndAble', BOOLEAN),
          knownOf('assurances', 'detainee.fields.assurances', LONG),
          knownOf('monitoring', 'detainee.fields.monitoring', LONG),
          knownOf('reference', 'detainee.fields.reference', TEXT),
        ]),
      ),
      knownOf('familyNotifiedAt', 'detainee.fields.familyNotifiedAt', INSTANT),
      knownOf('fileSent', 'detainee.fields.fileSent', BOOLEAN),
      knownOf('medicalFileSent', 'detainee.fields.medicalFileSent', BOOLEAN),
    ],
  },
  {
    type: 'custody.transferred_in',
    capability: 'register.write',
    fields: [
      must('fromPlace', 'detainee.fields.fromPlace', TEXT),
      must('sendingAuthority', 'detainee.fields.sendingAuthority', TEXT),
      knownOf('originRegisterNumber', 'detainee.fields.originRegisterNumber', TEXT),
      knownOf('originRecordId', 'detainee.fields.originRecordId', TEXT),
      knownOf('fileReceived', 'detainee.fields.fileReceived', BOOLEAN),
      knownOf('medicalFileReceived', 'detainee.fields.medicalFileReceived', BOOLEAN),
    ],
  },
  {
    type: 'custody.released',
    capability: 'register.write',
    fields: [
      knownOf('orderingAuthority', 'detainee.fields.orderingAuthority', TEXT),
      knownOf('releasedTo', 'detainee.fields.releasedTo', TEXT),
      knownOf('place', 'detainee.fields.releasePlace', TEXT),
      knownOf('propertyReturned', 'detainee.fields.propertyReturned', choice(PROPERTY_RETURN)),
      knownOf('documentsReturned', 'detainee.fields.documentsReturned', BOOLEAN),
      knownOf('recordCopyHanded', 'detainee.fields.recordCopyHanded', BOOLEAN),
      knownOf('familyInformedAt', 'detainee.fields.familyInformedAt', INSTANT),
    ],
  },
  {
    type: 'custody.escaped',
    capability: 'register.write',
    fields: [
      knownOf('circumstances', 'detainee.fields.circumstances', LONG),
      knownOf('reportedTo', 'detainee.fields.reportedTo', TEXT),
      knownOf('reportedAt', 'detainee.fields.reportedAt', INSTANT),
    ],
  },
  {
    type: 'custody.died',
    capability: 'register.write',
    fields: [
      must('place', 'detainee.fields.placeOfDeath', TEXT),
      must('circumstances', 'detainee.fields.circumstances', LONG),
      knownOf('cause', 'detainee.fields.causeOfDeath', LONG),
      knownOf(
        'bodyExamination',
        'detainee.fields.bodyExamination',
        group([
          must('kind', 'detainee.fields.bodyExaminationKind', choice(BODY_EXAMINATION_KIND)),
          must('at', 'detainee.fields.examinedAt', INSTANT),
          must('by', 'detainee.fields.examinedBy', TEXT),
        ]),
      ),
      knownOf('deathCertificateRef', 'detainee.fields.deathCertificateRef', TEXT),
      knownOf('remainsDestination', 'detainee.fields.remainsDestination', LONG),
      knownOf(
        'burial',
        'detainee.fields.burial',
        group([
          must('place', 'detainee.fields.burialPlace', TEXT),
          knownOf('date', 'detainee.fields.burialDate', INSTANT),
          knownOf('graveIdentification', 'detainee.fields.graveIdentification', TEXT),
        ]),
      ),
      knownOf('nextOfKinInformedAt', 'detainee.fields.nextOfKinInformedAt', INSTANT),
      knownOf('judicialAuthorityReportedAt', 'detainee.fields.judicialAuthorityReportedAt', INSTANT),
      knownOf('judicialReference', 'detainee.fields.judicialReference', TEXT),
    ],
  },
];
