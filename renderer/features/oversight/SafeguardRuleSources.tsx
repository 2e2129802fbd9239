import { useTranslation } from 'react-i18next';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import { SAFEGUARD_RULES } from '@shared/custody/safeguards';
import { useCustodyLabels } from '../custody';

/** The standard a rule rests on: its overall legal force, each instrument with its own, and whether its time limit is the source's. */
export function SafeguardRuleSources({ ruleId }: { ruleId: SafeguardRuleId }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const rule = SAFEGUARD_RULES[ruleId];
  return (
    <div className="safeguard-audit-sources">
      <p>
        {t('oversight.safeguards.force', { force: labels.legalForce(rule.force) })}
        {rule.thresholdBasis === 'design' ? ` ${t('oversight.safeguards.designThreshold')}` : ''}
      </p>
      <ul className="standards-list" aria-label={t('oversight.safeguards.sourcesOf', { rule: labels.safeguardRule(ruleId) })}>
        {rule.sources.map((source) => (
          <li key={`${source.instrument}:${source.force}`} className="standards-item">
            <span className={`custody-badge legal-force legal-force-${source.force}`}>{labels.legalForce(source.force)}</span>{' '}
            <cite className="standards-instrument" lang="en" dir="ltr">
              {source.instrument}
            </cite>
            {source.toVerify === true ? <span className="standards-verify"> — {t('oversight.safeguards.toVerify')}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
