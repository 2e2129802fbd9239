import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionView } from '@shared/inspection/actionViews';
import type { InspectionRecord } from '@shared/inspection/inspectionsProjection';
import type { InspectionSummary } from '@shared/inspection/summary';
import { summarizeInspection } from '@shared/inspection/summary';
import type { DatedInspection } from '@shared/inspection/trends';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { PrintButtons } from '../../printing';
import { CategoryScoreTable } from '../CategoryScoreTable';
import { FindingsList } from '../FindingsList';
import { InspectionHeader } from '../history/InspectionHeader';
import { IndicatorTable } from '../IndicatorTable';
import { useActionViews, useInspection } from '../queries';
import { viewHref } from '../viewParams';
import { ReportActions } from './ReportActions';
import { ReportChecklist } from './ReportChecklist';
import { ReportStandards } from './ReportStandards';

/** Print or save as PDF, and the way back. */
function ReportToolbar({ id }: { id: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PrintButtons pdfName="inspection-report.pdf" />
      <div className="button-row no-print">
        <Link to={viewHref({ kind: 'inspection', id })} className="button button-secondary">{t('inspections.report.back')}</Link>
      </div>
    </>
  );
}

type ReportArticleProps = { record: InspectionRecord; dated: DatedInspection; summary: InspectionSummary; actions: readonly ActionView[] };

function ReportArticle({ record, dated, summary, actions }: ReportArticleProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const unitLabels = new Map(dated.measurements.units.map((unit) => [unit.id, unit.label]));
  return (
    <article className="inspection-report" aria-labelledby="inspection-report-title">
      <h2 id="inspection-report-title" className="report-title">{t('inspections.report.heading', { facility: record.payload.facility.name })}</h2>
      <InspectionHeader record={record} template={dated.template} />
      <h3 className="report-heading">{t('inspections.scores.title')}</h3>
      <CategoryScoreTable scores={summary} caption={t('inspections.scores.caption')} />
      <h3 className="report-heading">{t('inspections.indicators.title')}</h3>
      <IndicatorTable caption={t('inspections.measurements.facilityIndicators')} results={summary.indicators.facility} unitLabels={unitLabels} />
      {summary.indicators.units.map((unit) => (
        <IndicatorTable key={unit.unitId} caption={t('inspections.units.indicatorsOf', { unit: unit.label })} results={unit.results} />
      ))}
      <h3 className="report-heading">{t('inspections.findings.title')}</h3>
      <FindingsList findings={summary.findings} />
      <h3 className="report-heading">{t('inspections.actions.ofInspection')}</h3>
      <ReportActions actions={actions} />
      {record.payload.summary === undefined ? null : (
        <>
          <h3 className="report-heading">{t('inspections.review.summaryLabel')}</h3>
          <p className="preserve-lines">{record.payload.summary}</p>
        </>
      )}
      <h3 className="report-heading">{t('inspections.report.standardsTitle')}</h3>
      <ReportStandards profile={record.payload.profile} />
      <h3 className="report-heading">{t('inspections.report.checklistTitle')}</h3>
      <ReportChecklist template={dated.template} answers={dated.answers} />
      <p className="report-footer">{t('inspections.report.footer', { id: record.id, printed: format.dateTime(new Date()) })}</p>
    </article>
  );
}

/**
 * The inspection as a document in the reader's language, every figure beside its standard
 * and every item with its source. The print stylesheet prints this article alone.
 */
export function InspectionReport({ id }: { id: string }) {
  const { t } = useTranslation();
  const { record, dated } = useInspection(id);
  const summary = useMemo(() => (dated === undefined ? undefined : summarizeInspection(dated)), [dated]);
  const actions = useActionViews({ inspectionId: id });
  if (record === undefined) return <Banner tone="warning" title={t('inspections.detail.notFound')} />;
  if (dated === undefined || summary === undefined) return <Banner tone="warning" title={t('inspections.detail.templateMissingTitle')} />;
  return (
    <>
      <ReportToolbar id={id} />
      <ReportArticle record={record} dated={dated} summary={summary} actions={actions} />
    </>
  );
}
