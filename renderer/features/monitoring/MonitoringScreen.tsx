import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { useFormat } from '../../i18n/useFormat';
import { MIN_DENOMINATOR } from '@shared/monitoring/changes';
import type { ComparisonPeriods } from '@shared/monitoring/periods';
import { useSession } from '../../vault/useSession';
import { PrintButtons } from '../printing';
import { ActivityTrend } from './ActivityTrend';
import { ChangeSummary } from './ChangeSummary';
import { ChoiceForm } from './ChoiceForm';
import { ComparisonTable } from './ComparisonTable';
import { InspectionTrend } from './InspectionTrend';
import { useMonitoringStore } from './monitoringStore';
import type { MonitoringResult } from './queries';
import { useMonitoring, useMonitoringSubjects } from './queries';
import { SafeguardTrend } from './SafeguardTrend';
import type { MonitoringSubject } from './subjects';
import { subjectLabel } from './subjectLabel';
import { useComparison } from './useComparison';
import type { MonitoringText } from './useMonitoringText';
import { useMonitoringText } from './useMonitoringText';

type ReportProps = { subject: MonitoringSubject; periods: ComparisonPeriods; result: MonitoringResult; text: MonitoringText };

function MonitoringReport({ subject, periods, result, text }: ReportProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  return (
    <article className="monitoring-report" aria-labelledby="monitoring-report-title">
      <h2 id="monitoring-report-title" className="monitoring-report-title">{subjectLabel(subject, t)}</h2>
      <p className="monitoring-periods">{t('monitoring.choice.periods', { a: text.range(periods.baseline), b: text.range(periods.comparison) })}</p>
      <p>{t('monitoring.choice.facilities', { names: subject.facilities.map((facility) => facility.name).join(' · ') })}</p>
      <ChangeSummary changes={result.changes} text={text} />
      <ComparisonTable result={result} periods={periods} text={text} />
      <Section title={t('monitoring.charts.title')} hint={t('monitoring.charts.hint', { min: text.number(MIN_DENOMINATOR) })}>
        <SafeguardTrend series={result.series} text={text} />
        <ActivityTrend series={result.series} text={text} />
        <InspectionTrend series={result.series} text={text} />
      </Section>
      <p className="monitoring-footer">{t('monitoring.print.footer', { name: session.user.name, printed: format.dateTime(new Date()) })}</p>
    </article>
  );
}

/**
 * Monitoring and evaluation (issue P6 item 7): a facility's or a partner's indicators in
 * two periods side by side, what changed in plain words, and the months in between as
 * charts with their tables. It observes; the decisions are the adviser's, in the partner's
 * decision log.
 */
export function MonitoringScreen() {
  const { t } = useTranslation();
  const subjects = useMonitoringSubjects();
  const chosen = useMonitoringStore((state) => state.subjectKey);
  const subject = subjects.find((item) => item.key === chosen) ?? subjects[0];
  const comparison = useComparison(subject);
  const result = useMonitoring(subject, comparison.periods);
  const text = useMonitoringText();
  return (
    <Page title={t('monitoring.title')} documentTitle={t('frame.documentTitle', { page: t('monitoring.title') })} intro={t('monitoring.intro')}>
      {subject === undefined ? (
        <Banner tone="info" title={t('monitoring.choice.noSubject')} />
      ) : (
        <>
          <div className="no-print">
            <ChoiceForm subjects={subjects} subject={subject} comparison={comparison} text={text} />
          </div>
          {subject.facilities.length === 0 ? <Banner tone="warning" title={t('monitoring.choice.noLinkedFacility')} /> : null}
          {comparison.periods === undefined || result === undefined ? null : (
            <>
              <PrintButtons pdfName="monitoring.pdf" />
              <MonitoringReport subject={subject} periods={comparison.periods} result={result} text={text} />
            </>
          )}
        </>
      )}
    </Page>
  );
}
