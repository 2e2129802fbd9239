import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionView } from '@shared/inspection/actionViews';
import type { InspectionRecord } from '@shared/inspection/inspectionsProjection';
import { inspectionsOfFacility } from '@shared/inspection/inspectionsProjection';
import type { InspectionSummary } from '@shared/inspection/summary';
import { summarizeInspection } from '@shared/inspection/summary';
import type { DatedInspection } from '@shared/inspection/trends';
import { Banner } from '../../../ui/Banner';
import { Section } from '../../../ui/Section';
import { useCan } from '../../../vault/useCan';
import { ActionList } from '../actions/ActionList';
import { FindingActions } from '../actions/FindingActions';
import { CategoryScoreTable } from '../CategoryScoreTable';
import { FindingsList } from '../FindingsList';
import { IndicatorTable } from '../IndicatorTable';
import { useActionViews, useInspection, useInspectionsState } from '../queries';
import { viewHref } from '../viewParams';
import { InspectionHeader } from './InspectionHeader';
import { UnitIndicatorList } from './UnitIndicatorList';

type SummarySectionsProps = { record: InspectionRecord; dated: DatedInspection; summary: InspectionSummary; actions: readonly ActionView[] };

function SummarySections({ record, dated, summary, actions }: SummarySectionsProps) {
  const { t } = useTranslation();
  const canWrite = useCan('inspections.write');
  const unitLabels = new Map(dated.measurements.units.map((unit) => [unit.id, unit.label]));
  return (
    <>
      <Section title={t('inspections.scores.title')}>
        <CategoryScoreTable scores={summary} caption={t('inspections.scores.caption')} />
      </Section>
      <Section title={t('inspections.indicators.title')} hint={t('inspections.indicators.hint')}>
        <IndicatorTable caption={t('inspections.measurements.facilityIndicators')} results={summary.indicators.facility} unitLabels={unitLabels} />
        <UnitIndicatorList report={summary.indicators} />
      </Section>
      <Section title={t('inspections.findings.title')} hint={canWrite ? t('inspections.findings.actionHint') : undefined}>
        <FindingsList findings={summary.findings} renderActions={(finding) => <FindingActions record={record} finding={finding} actions={actions} canWrite={canWrite} />} />
      </Section>
    </>
  );
}

/** The inspection before this one at the same facility, if any. */
function useEarlier(record: InspectionRecord | undefined): InspectionRecord | undefined {
  const state = useInspectionsState();
  if (record === undefined) return undefined;
  const ofFacility = inspectionsOfFacility(state, record.payload.facility.code);
  const position = ofFacility.findIndex((other) => other.id === record.id);
  return position > 0 ? ofFacility[position - 1] : undefined;
}

/** A finished inspection: its summary, and the corrective actions opened from its findings. */
export function InspectionDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const { record, dated } = useInspection(id);
  const summary = useMemo(() => (dated === undefined ? undefined : summarizeInspection(dated)), [dated]);
  const actions = useActionViews({ inspectionId: id });
  const earlier = useEarlier(record);
  if (record === undefined) return <Banner tone="warning" title={t('inspections.detail.notFound')} />;
  return (
    <>
      <Section title={t('inspections.detail.about')}>
        <InspectionHeader record={record} template={dated?.template} />
        <p className="link-row">
          <Link to={viewHref({ kind: 'report', id })} className="button button-secondary">{t('inspections.detail.openReport')}</Link>
          {earlier === undefined ? null : (
            <Link to={viewHref({ kind: 'compare', before: earlier.id, after: id })} className="button button-secondary">{t('inspections.detail.compareWithPrevious')}</Link>
          )}
        </p>
      </Section>
      {summary === undefined || dated === undefined ? (
        <Banner tone="warning" title={t('inspections.detail.templateMissingTitle')}>
          <p>{t('inspections.detail.templateMissingBody')}</p>
        </Banner>
      ) : (
        <SummarySections record={record} dated={dated} summary={summary} actions={actions} />
      )}
      {record.payload.summary === undefined ? null : (
        <Section title={t('inspections.review.summaryLabel')}>
          <p className="preserve-lines">{record.payload.summary}</p>
        </Section>
      )}
      <Section title={t('inspections.actions.ofInspection')}>
        <ActionList actions={actions} caption={t('inspections.actions.ofInspection')} />
      </Section>
    </>
  );
}
