import { use } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '@shared/monitoring/changes';
import { MIN_DENOMINATOR, summariseChanges } from '@shared/monitoring/changes';
import { toIntlLocale } from '../../i18n/format';
import { FormatContext } from '../../i18n/formatContext';
import { Section } from '../../ui/Section';
import type { MonitoringText } from './useMonitoringText';
import { VERDICT_KEYS } from './useMonitoringText';

/**
 * The plain summary of what changed, worst first, as observations: each line says what
 * the figures were and which way they moved, never what to do about it. Indicators with
 * too few people to compare share one line, so they do not drown what did move.
 */
export function ChangeSummary({ changes, text }: { changes: readonly Change[]; text: MonitoringText }) {
  const { t } = useTranslation();
  const settings = use(FormatContext);
  const summary = summariseChanges(changes);
  const moved = summary.filter((change) => change.verdict !== 'too_few');
  const tooFew = summary.filter((change) => change.verdict === 'too_few');
  const list = new Intl.ListFormat(toIntlLocale(settings), { type: 'unit', style: 'long' }).format(tooFew.map(text.statement));
  return (
    <Section title={t('monitoring.summary.title')} hint={t('monitoring.summary.hint')}>
      {summary.length === 0 ? (
        <p>{t('monitoring.summary.empty')}</p>
      ) : (
        <ul className="monitoring-summary" aria-label={t('monitoring.summary.title')}>
          {moved.map((change) => (
            <li key={change.key} className={`monitoring-statement monitoring-change-${change.verdict}`}>
              <span className="monitoring-statement-verdict">{t(VERDICT_KEYS[change.verdict])}</span>{' '}
              <span>{text.statement(change)}</span>
            </li>
          ))}
          {tooFew.length === 0 ? null : (
            <li className="monitoring-statement monitoring-change-too_few">
              <span className="monitoring-statement-verdict">{t(VERDICT_KEYS.too_few)}</span>{' '}
              <span>{t('monitoring.summary.tooFewGroup', { min: text.number(MIN_DENOMINATOR), list })}</span>
            </li>
          )}
        </ul>
      )}
    </Section>
  );
}
