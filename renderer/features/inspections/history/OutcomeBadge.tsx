import { useTranslation } from 'react-i18next';
import type { ComparisonOutcome } from '@shared/inspection/comparison';
import { OUTCOME_KEYS } from '../labels';

const OUTCOME_MARKS: Readonly<Record<ComparisonOutcome, string>> = {
  improved: '▲',
  worse: '▼',
  unchanged: '=',
  changed: '≠',
  not_comparable: '–',
};

/** How something moved between two inspections, in words with an arrow. */
export function OutcomeBadge({ outcome }: { outcome: ComparisonOutcome }) {
  const { t } = useTranslation();
  return (
    <span className={`outcome outcome-${outcome}`}>
      <span aria-hidden="true">{OUTCOME_MARKS[outcome]}</span> {t(OUTCOME_KEYS[outcome])}
    </span>
  );
}
