import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '@shared/inspection/actionViews';
import { useFormat } from '../../../i18n/useFormat';
import { Page } from '../../../ui/Page';
import { RadioGroup } from '../../../ui/RadioGroup';
import { Section } from '../../../ui/Section';
import { useActionViews } from '../queries';
import { ActionList } from './ActionList';
import '../inspections.css';

type Shown = ActionStatus | 'all';

/** Corrective actions across inspections: the overdue ones first, then the rest by status. */
export function ActionsScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState<Shown>('open');
  const all = useActionViews();
  const overdue = all.filter((action) => action.isOverdue);
  const listed = all.filter((action) => shown === 'all' || action.status === shown);
  return (
    <Page title={t('inspections.actions.title')} documentTitle={t('frame.documentTitle', { page: t('inspections.actions.title') })} intro={t('inspections.actions.intro')}>
      <Section title={t('inspections.actions.overdueTitle')} hint={t('inspections.actions.overdueHint')}>
        <ActionList actions={overdue} caption={t('inspections.actions.overdueCaption', { number: format.number(overdue.length) })} showFacility />
      </Section>
      <Section title={t('inspections.actions.allTitle')}>
        <RadioGroup<Shown>
          legend={t('inspections.actions.show')}
          options={[
            { value: 'open', label: t('inspections.actions.status.open') },
            { value: 'closed', label: t('inspections.actions.status.closed') },
            { value: 'all', label: t('inspections.actions.showAll') },
          ]}
          value={shown}
          onValueChange={setShown}
        />
        <ActionList actions={listed} caption={t('inspections.actions.listCaption', { number: format.number(listed.length) })} showFacility />
      </Section>
    </Page>
  );
}
