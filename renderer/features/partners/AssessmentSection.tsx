import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AssessmentVersion, PartnerView } from '@shared/partners/views';
import { useFormat } from '../../i18n/useFormat';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import { useCan } from '../../vault/useCan';
import { AssessmentTable } from './AssessmentTable';
import { partnerHref } from './routes';
import { RiskBadge } from './RiskBadge';
import { useCalendarDate } from './useCalendarDate';
import { isolate } from './isolate';

/** What one version says overall: when, by whom, the risk and the summary. */
function VersionHeader({ version, count }: { version: AssessmentVersion; count: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  return (
    <dl className="partners-facts">
      <dt>{t('partners.assessment.version')}</dt>
      <dd>{t('partners.assessment.versionOf', { version: format.number(version.version), total: format.number(count) })}</dd>
      <dt>{t('partners.assessment.assessedOn')}</dt>
      <dd>{calendarDate(version.payload.assessedOn)}</dd>
      <dt>{t('partners.assessment.author')}</dt>
      <dd>{t('partners.assessment.authorAt', { name: isolate(version.meta.author.name), at: format.dateTime(new Date(version.meta.recordedAt)) })}</dd>
      <dt>{t('partners.assessment.overallRisk')}</dt>
      <dd><RiskBadge risk={version.payload.overallRisk} /></dd>
      {version.payload.summary === undefined ? null : (
        <>
          <dt>{t('partners.assessment.summary')}</dt>
          <dd className="preserve-lines" dir="auto">{version.payload.summary}</dd>
        </>
      )}
    </dl>
  );
}

function HistoryTable({ partner, shown }: { partner: PartnerView; shown: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const calendarDate = useCalendarDate();
  const rows = [...partner.assessments].reverse();
  return (
    <Table<AssessmentVersion>
      caption={t('partners.assessment.historyCaption')}
      rows={rows}
      rowKey={(row) => String(row.version)}
      emptyMessage={t('partners.assessment.none')}
      columns={[
        { id: 'version', header: t('partners.assessment.version'), isRowHeader: true, cell: (row) => format.number(row.version) },
        { id: 'date', header: t('partners.assessment.assessedOn'), cell: (row) => calendarDate(row.payload.assessedOn) },
        { id: 'risk', header: t('partners.assessment.overallRisk'), cell: (row) => <RiskBadge risk={row.payload.overallRisk} /> },
        { id: 'author', header: t('partners.assessment.author'), cell: (row) => row.meta.author.name },
        {
          id: 'show',
          header: t('partners.assessment.show'),
          cell: (row) =>
            row.version === shown ? t('partners.assessment.shown') : (
              <Link to={`${partnerHref(partner.id)}?version=${String(row.version)}`}>{t('partners.assessment.showVersion', { version: format.number(row.version) })}</Link>
            ),
        },
      ]}
    />
  );
}

/** The assessment shown (the current one unless an older version is asked for), the way to a new one, and every version. */
export function AssessmentSection({ partner, shownVersion }: { partner: PartnerView; shownVersion: number }) {
  const { t } = useTranslation();
  const canWrite = useCan('partners.write');
  const shown = partner.assessments.find((version) => version.version === shownVersion) ?? partner.current;
  return (
    <Section title={t('partners.assessment.title')} hint={t('partners.assessment.hint')}>
      {canWrite ? (
        <div className="button-row no-print">
          <Link className="button button-primary" to={`${partnerHref(partner.id)}?view=assess`}>{t('partners.assessment.new')}</Link>
        </div>
      ) : null}
      {shown === undefined ? (
        <p>{t('partners.assessment.none')}</p>
      ) : (
        <>
          <VersionHeader version={shown} count={partner.assessments.length} />
          <AssessmentTable version={shown} caption={t('partners.assessment.criteriaCaption', { version: String(shown.version) })} />
          <div className="partners-history">
            <HistoryTable partner={partner} shown={shown.version} />
          </div>
        </>
      )}
    </Section>
  );
}
