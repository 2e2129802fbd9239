import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareInspections } from '@shared/inspection/inspectionComparison';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { Section } from '../../../ui/Section';
import { useInspection } from '../queries';
import { CategoryComparisonTable } from './CategoryComparisonTable';
import { ComparisonSummary } from './ComparisonSummary';
import { IndicatorComparisonTable } from './IndicatorComparisonTable';
import { ItemComparisonTable } from './ItemComparisonTable';

/** Two inspections of one facility side by side: categories, indicators, then every item. */
export function CompareView({ beforeId, afterId }: { beforeId: string; afterId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const before = useInspection(beforeId);
  const after = useInspection(afterId);
  const comparison = useMemo(
    () => (before.dated === undefined || after.dated === undefined ? undefined : compareInspections(before.dated, after.dated)),
    [before.dated, after.dated],
  );
  if (before.record === undefined || after.record === undefined) return <Banner tone="warning" title={t('inspections.detail.notFound')} />;
  if (comparison === undefined || before.dated === undefined || after.dated === undefined) {
    return <Banner tone="warning" title={t('inspections.detail.templateMissingTitle')} />;
  }
  const labels = { before: format.dateTime(new Date(before.record.meta.occurredAt)), after: format.dateTime(new Date(after.record.meta.occurredAt)) };
  // Categories scored in neither inspection say nothing about change.
  const categories = comparison.categories.filter((row) => row.before !== null || row.after !== null);
  return (
    <>
      <ComparisonSummary facility={after.record.payload.facility.name} labels={labels} counts={comparison.counts} />
      <Section title={t('inspections.compare.categories')}>
        <CategoryComparisonTable rows={categories} labels={labels} />
      </Section>
      <Section title={t('inspections.compare.indicators')}>
        <IndicatorComparisonTable rows={comparison.indicators} labels={labels} />
      </Section>
      <Section title={t('inspections.compare.items')}>
        <ItemComparisonTable items={comparison.items} before={before.dated} after={after.dated} />
      </Section>
    </>
  );
}
