import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { RuleSources, useCustodyLabels } from '../custody';
import { ActionItemRow } from './ActionItemRow';
import type { RuleGroup } from './needsAction';

/** Duties listed at first, and added by each "show more": a rule may concern thousands of entries. */
const PAGE_ITEMS = 50;

/** The anchor of a rule's group, for the summary's links. */
export function groupAnchor(ruleId: string): string {
  return `needs-action-${ruleId}`;
}

/** The duties of one rule shown so far, as a table. */
function ActionTable({ items, rule, nowMs }: { items: RuleGroup['items']; rule: string; nowMs: number }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('register.needsAction.caption', { rule })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.columns.registerNumber')}</th>
            <th scope="col">{t('register.columns.names')}</th>
            <th scope="col">{t('register.columns.status')}</th>
            <th scope="col">{t('register.needsAction.state')}</th>
            <th scope="col">{t('register.needsAction.duty')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <ActionItemRow key={item.record.id} item={item} nowMs={nowMs} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One rule: its sources and legal force, then every entry where it calls for action, most urgent first. */
export function NeedsActionGroup({ group, nowMs }: { group: RuleGroup; nowMs: number }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  const [shown, setShown] = useState(PAGE_ITEMS);
  const rule = labels.safeguardRule(group.ruleId);
  const headingId = groupAnchor(group.ruleId);
  return (
    <section className="register-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title" tabIndex={-1}>
        {rule}
      </h2>
      <p className="register-group-counts">
        {t('register.needsAction.groupCounts', { overdue: format.number(group.counts.overdue), unknown: format.number(group.counts.unknown), due: format.number(group.counts.due) })}
      </p>
      <RuleSources ruleId={group.ruleId} />
      <ActionTable items={group.items.slice(0, shown)} rule={rule} nowMs={nowMs} />
      {group.items.length > shown ? (
        <Button onClick={() => { setShown(shown + PAGE_ITEMS * 4); }}>
          {t('register.needsAction.showMore', { count: Math.min(PAGE_ITEMS * 4, group.items.length - shown), shown: format.number(shown), total: format.number(group.items.length) })}
        </Button>
      ) : null}
    </section>
  );
}
