import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { Tabs } from '../../ui/Tabs';
import type { OversightView } from './viewParams';
import { OVERSIGHT_VIEWS, viewHref } from './viewParams';

const TAB_KEYS: Readonly<Record<OversightView, TranslationKey>> = {
  overview: 'oversight.tabs.overview',
  alerts: 'oversight.tabs.alerts',
  safeguards: 'oversight.tabs.safeguards',
  'roll-call': 'oversight.tabs.rollCall',
  integrity: 'oversight.tabs.integrity',
  settings: 'oversight.tabs.settings',
};

/** The oversight screen's own navigation between its views. */
export function OversightTabs({ current }: { current: OversightView }) {
  const { t } = useTranslation();
  const items = OVERSIGHT_VIEWS.map((view) => ({ href: viewHref(view), label: t(TAB_KEYS[view]), isCurrent: view === current }));
  return <Tabs label={t('oversight.tabs.label')} items={items} />;
}
