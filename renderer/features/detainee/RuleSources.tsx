import type { SafeguardRule } from '@shared/custody/safeguards';
import { useTranslation } from 'react-i18next';
import { useCustodyLabels } from '../custody';

/** The instruments a safeguard rule rests on, each with its legal force, and whether its number is the source's. */
export function RuleSources({ rule }: { rule: SafeguardRule }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  return (
    <details className="detainee-rule-sources">
      <summary>{t('detainee.safeguards.sourcesSummary', { force: labels.legalForce(rule.force), count: rule.sources.length })}</summary>
      <ul className="standards-list">
        {rule.sources.map((source) => (
          <li key={`${source.instrument}:${source.force}`} className="standards-item">
            <span className={`custody-badge legal-force legal-force-${source.force}`}>{labels.legalForce(source.force)}</span>{' '}
            <cite className="standards-instrument" lang="en" dir="ltr">
              {source.instrument}
            </cite>
            {source.toVerify === true ? <span className="standards-verify"> — {t('detainee.safeguards.toVerify')}</span> : null}
          </li>
        ))}
      </ul>
      {rule.thresholdBasis === 'design' ? <p className="detainee-rule-basis">{t('detainee.safeguards.designThreshold')}</p> : null}
    </details>
  );
}
