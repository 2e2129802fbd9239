import { useTranslation } from 'react-i18next';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import { SAFEGUARD_RULES } from '@shared/custody/safeguards';
import { useCustodyLabels } from './useCustodyLabels';

type RuleSourcesProps = {
  ruleId: SafeguardRuleId;
  /** Folded under a one-line summary (legal force and number of sources), as in a table cell. */
  isCollapsed?: boolean;
};

/**
 * Where a safeguard rule comes from: its overall legal force, each instrument with its own,
 * and whether its time limit is the source's or this register's default.
 */
export function RuleSources({ ruleId, isCollapsed = false }: RuleSourcesProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const rule = SAFEGUARD_RULES[ruleId];
  const basis = rule.thresholdBasis === 'design' ? <p className="custody-rule-basis">{t('custody.ruleSources.designThreshold')}</p> : null;
  const list = (
    <ul className="standards-list" aria-label={t('custody.ruleSources.sourcesOf', { rule: labels.safeguardRule(ruleId) })}>
      {rule.sources.map((source) => (
        <li key={`${source.instrument}:${source.force}`} className="standards-item">
          <span className={`custody-badge legal-force legal-force-${source.force}`}>{labels.legalForce(source.force)}</span>{' '}
          <cite className="standards-instrument" lang="en" dir="ltr">
            {source.instrument}
          </cite>
          {source.toVerify === true ? <span className="standards-verify"> — {t('custody.standards.toVerify')}</span> : null}
        </li>
      ))}
    </ul>
  );
  if (isCollapsed) {
    return (
      <details className="custody-rule-sources">
        <summary>{t('custody.ruleSources.summary', { force: labels.legalForce(rule.force), count: rule.sources.length })}</summary>
        {list}
        {basis}
      </details>
    );
  }
  return (
    <div className="custody-rule-sources">
      <p className="custody-rule-force">{t('custody.ruleSources.force', { force: labels.legalForce(rule.force) })}</p>
      {list}
      {basis}
    </div>
  );
}
