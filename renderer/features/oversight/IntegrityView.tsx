import { useTranslation } from 'react-i18next';
import type { AuditActivity, BackdatedEntry, BundleFinding, ClockRegression, RegisterSeriesFinding } from '@shared/oversight/integrity';
import { formatRegisterNumber } from '@shared/custody/registerNumbers';
import { useFormat } from '../../i18n/useFormat';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { useCustodyLabels } from '../custody';
import { BundleFindingsTable } from './BundleFindingsTable';
import { useIntegrityAudit, useOversightFacilities, useOversightSettings } from './queries';

/** Rows drawn per table: the worst first; the count says how many more there are. */
const ROWS_SHOWN = 200;
const HOUR_MS = 3_600_000;

function useNameOf(): (ledger: string) => string {
  const facilities = useOversightFacilities();
  return (ledger) => facilities.find((facility) => facility.ledger === ledger)?.name ?? ledger.slice(0, 8);
}

function useFacilityColumn<Row extends { ledger: string }>(): TableColumn<Row> {
  const { t } = useTranslation();
  const nameOf = useNameOf();
  return { id: 'facility', header: t('oversight.integrity.column.facility'), isRowHeader: true, cell: (row) => <bdi>{nameOf(row.ledger)}</bdi> };
}

function SeriesTable({ rows }: { rows: readonly RegisterSeriesFinding[] }) {
  const { t } = useTranslation();
  const facilities = useOversightFacilities();
  const facility = useFacilityColumn<RegisterSeriesFinding>();
  const prefixOf = (ledger: string) => facilities.find((candidate) => candidate.ledger === ledger)?.registerPrefix ?? '';
  const label = (ledger: string, from: number, to: number) => {
    const prefix = prefixOf(ledger);
    return from === to ? formatRegisterNumber(prefix, from) : `${formatRegisterNumber(prefix, from)} – ${formatRegisterNumber(prefix, to)}`;
  };
  const gapText = (row: RegisterSeriesFinding) => row.gaps.slice(0, 20).map((gap) => label(row.ledger, gap.from, gap.to)).join(', ');
  const duplicateText = (row: RegisterSeriesFinding) => row.duplicates.slice(0, 20).map((number) => label(row.ledger, number, number)).join(', ');
  return (
    <Table
      caption={t('oversight.integrity.seriesCaption')}
      columns={[
        facility,
        { id: 'gaps', header: t('oversight.integrity.column.gaps'), cell: (row) => <bdi dir="ltr">{gapText(row) || t('oversight.overview.none')}</bdi> },
        { id: 'duplicates', header: t('oversight.integrity.column.duplicates'), cell: (row) => <bdi dir="ltr">{duplicateText(row) || t('oversight.overview.none')}</bdi> },
      ]}
      rows={rows} rowKey={(row) => row.ledger} emptyMessage={t('oversight.integrity.noSeriesFindings')}
    />
  );
}

function BackdatedTable({ rows }: { rows: readonly BackdatedEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useCustodyLabels();
  const facility = useFacilityColumn<BackdatedEntry>();
  const columns: TableColumn<BackdatedEntry>[] = [
    facility,
    { id: 'event', header: t('oversight.integrity.column.event'), cell: (row) => t('oversight.integrity.eventAt', { type: labels.eventType(row.type), seq: format.number(row.seq) }) },
    { id: 'occurred', header: t('oversight.integrity.column.occurred'), cell: (row) => format.dateTime(new Date(row.occurredMs)) },
    { id: 'recorded', header: t('oversight.integrity.column.recorded'), cell: (row) => format.dateTime(new Date(row.recordedMs)) },
    { id: 'lag', header: t('oversight.integrity.column.lag'), align: 'end', cell: (row) => t('oversight.integrity.hours', { hours: format.number(Math.round(row.lagMs / HOUR_MS)) }) },
    { id: 'by', header: t('oversight.integrity.column.by'), cell: (row) => <bdi>{row.authorName}</bdi> },
  ];
  return <Table caption={t('oversight.integrity.backdatedCaption')} columns={columns} rows={rows.slice(0, ROWS_SHOWN)} rowKey={(row) => row.eventId} emptyMessage={t('oversight.integrity.noBackdated')} />;
}

function RegressionTable({ rows }: { rows: readonly ClockRegression[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facility = useFacilityColumn<ClockRegression>();
  const columns: TableColumn<ClockRegression>[] = [
    facility,
    { id: 'seq', header: t('oversight.integrity.column.seq'), align: 'end', cell: (row) => format.number(row.seq) },
    { id: 'recorded', header: t('oversight.integrity.column.recorded'), cell: (row) => format.dateTime(new Date(row.recordedMs)) },
    { id: 'previous', header: t('oversight.integrity.column.previous'), cell: (row) => format.dateTime(new Date(row.previousRecordedMs)) },
    { id: 'back', header: t('oversight.integrity.column.back'), align: 'end', cell: (row) => t('oversight.integrity.minutes', { minutes: format.number(Math.round(row.backMs / 60_000)) }) },
    { id: 'by', header: t('oversight.integrity.column.by'), cell: (row) => <bdi>{row.authorName}</bdi> },
  ];
  return <Table caption={t('oversight.integrity.regressionsCaption')} columns={columns} rows={rows.slice(0, ROWS_SHOWN)} rowKey={(row) => row.eventId} emptyMessage={t('oversight.integrity.noRegressions')} />;
}

function ActivityTable({ rows }: { rows: readonly AuditActivity[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const facility = useFacilityColumn<AuditActivity>();
  const columns: TableColumn<AuditActivity>[] = [
    facility,
    { id: 'user', header: t('oversight.integrity.column.user'), cell: (row) => <bdi>{row.authorName}</bdi> },
    { id: 'month', header: t('oversight.integrity.column.month'), cell: (row) => <bdi dir="ltr">{row.month}</bdi> },
    { id: 'corrections', header: t('oversight.integrity.column.corrections'), align: 'end', cell: (row) => format.number(row.corrections) },
    { id: 'voids', header: t('oversight.integrity.column.voids'), align: 'end', cell: (row) => format.number(row.voids) },
  ];
  return <Table caption={t('oversight.integrity.activityCaption')} columns={columns} rows={rows.slice(0, ROWS_SHOWN)} rowKey={(row) => `${row.ledger}:${row.authorId}:${row.month}`} emptyMessage={t('oversight.integrity.noActivity')} />;
}

/** The integrity audit: bundles first (forks are the gravest), then each register's own history. */
export function IntegrityView() {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useOversightSettings();
  const audit = useIntegrityAudit(settings);
  const backdated = audit.ledgers.flatMap((ledger) => ledger.backdated).sort((a, b) => b.lagMs - a.lagMs);
  const regressions = audit.ledgers.flatMap((ledger) => ledger.regressions);
  const activity = audit.ledgers.flatMap((ledger) => ledger.activity);
  const more = (total: number) => (total > ROWS_SHOWN ? t('oversight.integrity.more', { shown: format.number(ROWS_SHOWN), total: format.number(total) }) : undefined);
  return (
    <div className="oversight-view">
      <Section title={t('oversight.integrity.bundlesTitle')} hint={t('oversight.integrity.bundlesHint')}>
        <BundleFindingsTable rows={audit.bundles satisfies readonly BundleFinding[]} />
      </Section>
      <Section title={t('oversight.integrity.seriesTitle')} hint={t('oversight.integrity.seriesHint')}>
        <SeriesTable rows={audit.series} />
      </Section>
      <Section title={t('oversight.integrity.backdatedTitle')} hint={more(backdated.length) ?? t('oversight.integrity.backdatedHint', { hours: format.number(settings.backdatedHours) })}>
        <BackdatedTable rows={backdated} />
      </Section>
      <Section title={t('oversight.integrity.regressionsTitle')} hint={more(regressions.length) ?? t('oversight.integrity.regressionsHint')}>
        <RegressionTable rows={regressions} />
      </Section>
      <Section title={t('oversight.integrity.activityTitle')} hint={more(activity.length) ?? t('oversight.integrity.activityHint')}>
        <ActivityTable rows={activity} />
      </Section>
    </div>
  );
}

