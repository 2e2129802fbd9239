import { useTranslation } from 'react-i18next';
import type { CalendarPeriod } from '@shared/sharing/period';
import { periodBounds } from '@shared/sharing/period';
import type { SuppressionPolicy } from '@shared/sharing/suppression';
import { useFormat } from '../../i18n/useFormat';
import { Table } from '../../ui/Table';
import type { InspectionScoreRow } from './inspectionScores';
import { useInspectionScores } from './inspectionScores';
import type { FacilityChoice } from './queries';
import { useFacilityStatistics } from './statistics';
import { StatisticsTables } from './StatisticsTables';

function InspectionScores({ facility, period }: { facility: FacilityChoice; period: CalendarPeriod }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { startMs, endMs } = periodBounds(period, facility.timeZone);
  const rows = useInspectionScores(facility.code, startMs, endMs);
  const score = (row: InspectionScoreRow) =>
    row.score === undefined ? t('partners.report.templateMissing') : row.score === null ? '—' : format.number(row.score, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Table<InspectionScoreRow>
      caption={t('partners.report.inspectionsCaption', { facility: facility.name })}
      rows={rows}
      rowKey={(row) => row.id}
      emptyMessage={t('partners.report.noInspections')}
      columns={[
        { id: 'date', header: t('partners.report.inspectedAt'), isRowHeader: true, cell: (row) => format.date(new Date(row.occurredAt)) },
        { id: 'inspector', header: t('partners.report.inspector'), cell: (row) => row.inspector },
        { id: 'score', header: t('partners.report.score'), align: 'end', cell: score },
      ]}
    />
  );
}

/** One facility in a report: its statistics without names (suppressed) and its inspection scores in the period. */
export function ReportFacility({ facility, period, policy }: { facility: FacilityChoice; period: CalendarPeriod; policy: SuppressionPolicy }) {
  const { t } = useTranslation();
  const statistics = useFacilityStatistics(facility, period, policy);
  return (
    <section className="partners-report-facility" aria-labelledby={`report-facility-${facility.ledger}`}>
      <h3 id={`report-facility-${facility.ledger}`} className="partners-report-heading">{t('partners.report.facilityHeading', { facility: facility.name, code: facility.code })}</h3>
      {statistics === undefined ? <p>{t('partners.share.fixSettings')}</p> : <StatisticsTables lines={statistics.lines} threshold={policy.threshold} facilityName={facility.name} />}
      <h4 className="partners-report-subheading">{t('partners.report.inspections')}</h4>
      <InspectionScores facility={facility} period={period} />
    </section>
  );
}
