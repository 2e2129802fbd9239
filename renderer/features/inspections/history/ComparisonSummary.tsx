import { useTranslation } from 'react-i18next';
import { COMPARISON_OUTCOMES } from '@shared/inspection/comparison';
import type { ComparisonOutcome } from '@shared/inspection/comparison';
import { useFormat } from '../../../i18n/useFormat';
import { Section } from '../../../ui/Section';
import { OUTCOME_KEYS } from '../labels';

type ComparisonSummaryProps = { facility: string; labels: { before: string; after: string }; counts: Readonly<Record<ComparisonOutcome, number>> };

/** Which two inspections are compared, and how many items moved each way. */
export function ComparisonSummary({ facility, labels, counts }: ComparisonSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Section title={t('inspections.compare.between', { facility })}>
      <dl className="summary-list">
        <dt>{t('inspections.compare.before')}</dt>
        <dd>{labels.before}</dd>
        <dt>{t('inspections.compare.after')}</dt>
        <dd>{labels.after}</dd>
      </dl>
      <ul className="outcome-counts" aria-label={t('inspections.compare.countsLabel')}>
        {COMPARISON_OUTCOMES.map((outcome) => (
          <li key={outcome}>
            {t(OUTCOME_KEYS[outcome])}: <strong>{format.number(counts[outcome])}</strong>
          </li>
        ))}
      </ul>
    </Section>
  );
}
