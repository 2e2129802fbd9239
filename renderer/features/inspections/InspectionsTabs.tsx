import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { Tabs } from '../../ui/Tabs';
import type { InspectionsView, ViewKind } from './viewParams';
import { viewHref } from './viewParams';

type Tab = { view: InspectionsView; labelKey: TranslationKey; covers: readonly ViewKind[] };

const TABS: readonly Tab[] = [
  { view: { kind: 'start' }, labelKey: 'inspections.tabs.inspect', covers: ['start', 'run'] },
  { view: { kind: 'history' }, labelKey: 'inspections.tabs.history', covers: ['history', 'inspection', 'report', 'compare'] },
  { view: { kind: 'trends', facility: null }, labelKey: 'inspections.tabs.trends', covers: ['trends'] },
  { view: { kind: 'templates' }, labelKey: 'inspections.tabs.templates', covers: ['templates'] },
];

/** The inspections screen's own navigation; a tab stays current on the views it leads to (a run, a report). */
export function InspectionsTabs({ current }: { current: ViewKind }) {
  const { t } = useTranslation();
  const items = TABS.map((tab) => ({ href: viewHref(tab.view), label: t(tab.labelKey), isCurrent: tab.covers.includes(current) }));
  return <Tabs label={t('inspections.tabs.label')} items={items} />;
}
