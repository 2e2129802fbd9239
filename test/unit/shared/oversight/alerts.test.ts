import { describe, expect, it } from 'vitest';
import { countBySeverity, exitAlerts, sortAlerts, transferAlerts } from '@shared/oversight/alerts';
import { reconcileTransfers } from '@shared/oversight/transfers';
import { aRegister, recordsOf, transferOutTo } from './registers';

const PERSON = '0190aaaa-0000-7000-8000-0000000000a1';
const OTHER = '0190aaaa-0000-7000-8000-0000000000a2';
const THIRD = '0190aaaa-0000-7000-8000-0000000000a3';
const FOURTH = '0190aaaa-0000-7000-8000-0000000000a4';

function released(releasedTo: { value: string } | { unknown: 'unknown' }) {
  return {
    orderingAuthority: { value: 'Investigating judge' }, releasedTo, place: { value: 'Gate' }, propertyReturned: { value: 'all_returned' as const },
    documentsReturned: { value: true }, recordCopyHanded: { value: true }, familyInformedAt: { unknown: 'unknown' as const },
  };
}

function died(nextOfKinInformedAt: { value: string } | { unknown: 'unknown' }) {
  return {
    place: 'Infirmary', circumstances: 'Found unresponsive', cause: { unknown: 'unknown' as const }, bodyExamination: { unknown: 'unknown' as const },
    deathCertificateRef: { unknown: 'unknown' as const }, remainsDestination: { unknown: 'unknown' as const }, burial: { unknown: 'unknown' as const },
    nextOfKinInformedAt, judicialAuthorityReportedAt: { unknown: 'unknown' as const }, judicialReference: { unknown: 'unknown' as const },
  };
}

function northRegister() {
  const north = aRegister('a', 'NP', 'North Prison');
  for (const [index, subject] of [PERSON, OTHER, THIRD, FOURTH].entries()) north.admit(subject, `2026-11-0${index + 1}T10:00:00+03:00`, `2026-11-0${index + 1}T08:00:00.000Z`);
  return north;
}

describe('exit alerts', () => {
  it('raise a critical alert for a release without "to whom", an unreported escape and a death without the family or a judge told', () => {
    const north = northRegister();
    north.add('custody.released', PERSON, '2026-11-10T10:00:00+03:00', '2026-11-10T08:00:00.000Z', released({ unknown: 'unknown' }));
    north.add('custody.released', OTHER, '2026-11-10T11:00:00+03:00', '2026-11-10T09:00:00.000Z', released({ value: 'Family (brother)' }));
    north.add('custody.escaped', THIRD, '2026-11-11T10:00:00+03:00', '2026-11-11T08:00:00.000Z', { circumstances: { unknown: 'unknown' }, reportedTo: { value: 'Police' }, reportedAt: { unknown: 'unknown' } });
    north.add('custody.died', FOURTH, '2026-11-12T10:00:00+03:00', '2026-11-12T08:00:00.000Z', died({ value: '2026-11-12T12:00:00+03:00' }));
    const alerts = sortAlerts(exitAlerts(recordsOf(north)));
    expect(alerts.map((alert) => [alert.kind, alert.recordId, alert.missing])).toEqual([
      ['death_without_details', FOURTH, ['judicialAuthorityReportedAt']],
      ['escape_without_report', THIRD, ['reportedAt']],
      ['release_without_recipient', PERSON, ['releasedTo']],
    ]);
    expect(alerts.every((alert) => alert.severity === 'critical')).toBe(true);
    expect(alerts[2]?.evidence).toEqual([expect.objectContaining({ role: 'exit', type: 'custody.released', ledger: north.ledger, seq: 5, registerLabel: 'NP-000001' })]);
  });
});

describe('transfer alerts', () => {
  it('turn an unmatched transfer into a critical alert with its evidence, and sort by severity', () => {
    const north = northRegister();
    north.add('custody.transferred_out', PERSON, '2026-11-10T08:00:00+03:00', '2026-11-10T05:10:00.000Z', transferOutTo('South Remand Centre'));
    north.add('custody.transferred_out', OTHER, '2026-11-11T08:00:00+03:00', '2026-11-11T05:10:00.000Z', transferOutTo('Somewhere unknown'));
    north.add('custody.released', THIRD, '2026-11-09T10:00:00+03:00', '2026-11-09T08:00:00.000Z', released({ unknown: 'unknown' }));
    const south = aRegister('b', 'SRC', 'South Remand Centre');
    const records = recordsOf(north, south);
    const facilities = [{ ledger: north.ledger, name: 'North Prison', code: 'NP' }, { ledger: south.ledger, name: 'South Remand Centre', code: 'SRC' }];
    const reconciled = reconcileTransfers(records, facilities, { windowHours: 72, toleranceHours: 2, now: new Date('2026-12-01T00:00:00Z') });
    const alerts = sortAlerts([...transferAlerts(reconciled), ...exitAlerts(records)]);
    expect(alerts.map((alert) => alert.kind)).toEqual(['transfer_unmatched', 'release_without_recipient', 'transfer_unknown_destination']);
    expect(alerts[0]).toMatchObject({ severity: 'critical', destination: 'South Remand Centre', destinationLedger: south.ledger, recordId: PERSON, id: `transfer_unmatched:${north.events[4]?.id ?? ''}` });
    expect(alerts[0]?.evidence).toEqual([expect.objectContaining({ role: 'departure', type: 'custody.transferred_out', seq: 5 })]);
    expect(countBySeverity(alerts)).toEqual({ critical: 2, warning: 0, notice: 1 });
  });
});
