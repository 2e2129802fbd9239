import { useTranslation } from 'react-i18next';
import type { Change } from '@shared/monitoring/changes';
import { rateOf } from '@shared/monitoring/changes';
import type { TranslationKey } from '../../i18n/translationKey';
import { VERDICT_KEYS } from './useMonitoringText';

type Direction = 'up' | 'down' | 'flat';

const ARROWS: Readonly<Record<Direction, string>> = { up: '↑', down: '↓', flat: '=' };
const DIRECTION_KEYS: Readonly<Record<Direction, TranslationKey>> = {
  up: 'monitoring.direction.up',
  down: 'monitoring.direction.down',
  flat: 'monitoring.direction.flat',
};

function directionOf(change: Change): Direction | undefined {
  if (change.verdict === 'same') return 'flat';
  if (change.verdict !== 'better' && change.verdict !== 'worse') return undefined;
  const from = rateOf(change.baseline) ?? 0;
  const to = rateOf(change.comparison) ?? 0;
  return to > from ? 'up' : to < from ? 'down' : 'flat';
}

/**
 * How an indicator moved: an arrow for the direction of the value, the direction and the
 * verdict in words (an arrow up is worse for overdue actions), and a colour that repeats
 * the words and never replaces them.
 */
export function ChangeCell({ change }: { change: Change }) {
  const { t } = useTranslation();
  const direction = directionOf(change);
  return (
    <span className={`monitoring-change monitoring-change-${change.verdict}`}>
      {direction === undefined ? null : (
        <>
          <span className="monitoring-arrow" aria-hidden="true">{ARROWS[direction]}</span>{' '}
          {direction === 'flat' ? null : <>{t(DIRECTION_KEYS[direction])}{' · '}</>}
        </>
      )}
      {t(VERDICT_KEYS[change.verdict])}
    </span>
  );
}
