import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import { SAFEGUARD_RULE_IDS } from '@shared/custody/safeguards';
import type { SafeguardBreach } from '@shared/oversight/safeguardRates';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import { useCustodyLabels } from '../custody';
import { useOversightFacilities, useRecordsById } from './queries';
import { SafeguardBreachGroup } from './SafeguardBreachGroup';
import type { AuditFormat } from './useAuditFormat';

const ALL = 'all';
type Scope = 'open' | 'all';

type BreachesProps = { breaches: readonly SafeguardBreach[]; nowMs: number; format: AuditFormat };

/** The breaches that pass the filters, by rule in the order of the rules. */
function groupByRule(breaches: readonly SafeguardBreach[], filter: { ledger: string; ruleId: string; scope: Scope }) {
  const groups = new Map<SafeguardRuleId, SafeguardBreach[]>();
  for (const breach of breaches) {
    if (filter.scope === 'open' && !breach.isOpen) continue;
    if (filter.ledger !== ALL && breach.ledger !== filter.ledger) continue;
    if (filter.ruleId !== ALL && breach.ruleId !== filter.ruleId) continue;
    const group = groups.get(breach.ruleId);
    if (group === undefined) groups.set(breach.ruleId, [breach]);
    else group.push(breach);
  }
  return SAFEGUARD_RULE_IDS.flatMap((ruleId) => {
    const group = groups.get(ruleId);
    return group === undefined ? [] : [{ ruleId, breaches: group }];
  });
}

/** Per rule, the people for whom it is overdue or was breached, across every facility, filterable by facility and rule. */
export function SafeguardBreachesSection({ breaches, nowMs, format }: BreachesProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const facilities = useOversightFacilities();
  const recordsById = useRecordsById();
  const [ledger, setLedger] = useState<string>(ALL);
  const [ruleId, setRuleId] = useState<string>(ALL);
  const [scope, setScope] = useState<Scope>('open');
  const groups = useMemo(() => groupByRule(breaches, { ledger, ruleId, scope }), [breaches, ledger, ruleId, scope]);
  const facilityName = (id: string) => facilities.find((facility) => facility.ledger === id)?.name ?? id.slice(0, 8);
  const shown = groups.reduce((sum, group) => sum + group.breaches.length, 0);
  return (
    <Section title={t('oversight.safeguards.breachesTitle')} hint={t('oversight.safeguards.breachesHint')}>
      <div className="safeguard-audit-filters">
        <SelectField label={t('oversight.safeguards.filter.facility')} value={ledger} onValueChange={setLedger}
          options={[{ value: ALL, label: t('oversight.safeguards.filter.allFacilities') }, ...facilities.map((facility) => ({ value: facility.ledger, label: facility.name }))]} />
        <SelectField label={t('oversight.safeguards.filter.rule')} value={ruleId} onValueChange={setRuleId}
          options={[{ value: ALL, label: t('oversight.safeguards.filter.allRules') }, ...SAFEGUARD_RULE_IDS.map((id) => ({ value: id, label: labels.safeguardRule(id) }))]} />
        <SelectField<Scope> label={t('oversight.safeguards.filter.scope')} value={scope} onValueChange={setScope}
          options={[{ value: 'open', label: t('oversight.safeguards.filter.open') }, { value: 'all', label: t('oversight.safeguards.filter.everyBreach') }]} />
      </div>
      <p role="status">{t('oversight.safeguards.shownCount', { shown: format.number(shown), rules: format.number(groups.length) })}</p>
      {groups.map((group) => (
        <SafeguardBreachGroup key={group.ruleId} ruleId={group.ruleId} breaches={group.breaches} recordsById={recordsById} facilityName={facilityName} nowMs={nowMs} format={format} />
      ))}
    </Section>
  );
}
