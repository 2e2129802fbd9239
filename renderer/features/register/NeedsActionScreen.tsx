import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useCustodyRecords, useNow, useSafeguardProfile } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { Checkbox } from '../../ui/Checkbox';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { useCustodyLabels } from '../custody';
import type { RuleGroup } from './needsAction';
import { groupNeedsAction } from './needsAction';
import { groupAnchor, NeedsActionGroup } from './NeedsActionGroup';
import { RegisterTabs } from './RegisterTabs';
import { useRegisterStore } from './registerStore';
import { safeguardsOf } from './safeguardCache';
import { useSafeguardSweep } from './useRegisterView';

/** Rules with duties to act on and how many of each state, each linking to its group below. */
function NeedsActionSummary({ groups }: { groups: readonly RuleGroup[] }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('register.needsAction.summaryCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.needsAction.rule')}</th>
            <th scope="col" className="cell-end">{labels.safeguardState('overdue')}</th>
            <th scope="col" className="cell-end">{labels.safeguardState('unknown')}</th>
            <th scope="col" className="cell-end">{labels.safeguardState('due')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group) => (
            <tr key={group.ruleId}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => { document.getElementById(groupAnchor(group.ruleId))?.focus(); }}>
                  {labels.safeguardRule(group.ruleId)}
                </button>
              </th>
              <td className="cell-end">{format.number(group.counts.overdue)}</td>
              <td className="cell-end">{format.number(group.counts.unknown)}</td>
              <td className="cell-end">{format.number(group.counts.due)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every safeguard overdue, unknown or due, grouped by rule with its sources, most urgent first (issue P3 item 4). */
export function NeedsActionScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const records = useCustodyRecords();
  const nowMs = useNow().getTime();
  const profile = useSafeguardProfile();
  const heldOnly = useRegisterStore((state) => state.heldOnly);
  const setHeldOnly = useRegisterStore((state) => state.setHeldOnly);
  const sweep = useSafeguardSweep(records, true, nowMs, profile);
  const groups = useMemo(
    () => (sweep.isDone ? groupNeedsAction(records, (record) => safeguardsOf(record, nowMs, profile), { heldOnly }) : null),
    [sweep.isDone, records, nowMs, profile, heldOnly],
  );
  const title = t('register.needsAction.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('register.needsAction.intro')}>
      <RegisterTabs current="needsAction" />
      <Checkbox label={t('register.needsAction.heldOnly')} checked={heldOnly} onCheckedChange={setHeldOnly} />
      {groups === null ? (
        <ProgressBar label={t('register.needsAction.checking')} value={sweep.done} max={Math.max(sweep.total, 1)} valueText={t('register.needsAction.checked', { done: format.number(sweep.done), total: format.number(sweep.total) })} />
      ) : groups.length === 0 ? (
        <p className="register-empty">{t('register.needsAction.none')}</p>
      ) : (
        <>
          <NeedsActionSummary groups={groups} />
          {groups.map((group) => (
            <NeedsActionGroup key={group.ruleId} group={group} nowMs={nowMs} />
          ))}
        </>
      )}
    </Page>
  );
}
