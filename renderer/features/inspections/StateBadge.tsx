import { useTranslation } from 'react-i18next';
import type { IndicatorState } from '@shared/inspection/indicatorStates';
import { STATE_KEYS } from './labels';

/** A mark for each state that differs in shape, not only in colour, so it reads in greyscale print and for colour-blind readers. */
const STATE_MARKS: Readonly<Record<IndicatorState, string>> = {
  green: '✓',
  amber: '▲',
  red: '✕',
  unknown: '?',
  not_applicable: '–',
};

export function StateBadge({ state }: { state: IndicatorState }) {
  const { t } = useTranslation();
  return (
    <span className={`state-badge state-${state}`}>
      <span className="state-mark" aria-hidden="true">
        {STATE_MARKS[state]}
      </span>
      {t(STATE_KEYS[state])}
    </span>
  );
}
