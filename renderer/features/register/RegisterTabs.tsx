import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { Tabs } from '../../ui/Tabs';
import { EXTRACT_PATH, NEEDS_ACTION_PATH, REGISTER_PATH } from './paths';

export type RegisterPart = 'list' | 'needsAction' | 'extract';

const TABS: readonly { part: RegisterPart; path: string; labelKey: TranslationKey }[] = [
  { part: 'list', path: REGISTER_PATH, labelKey: 'register.tabs.list' },
  { part: 'needsAction', path: NEEDS_ACTION_PATH, labelKey: 'register.tabs.needsAction' },
  { part: 'extract', path: EXTRACT_PATH, labelKey: 'register.tabs.extract' },
];

/** The register's own navigation between its list, the records needing action and the extract. */
export function RegisterTabs({ current }: { current: RegisterPart }) {
  const { t } = useTranslation();
  const items = TABS.map((tab) => ({ href: tab.path, label: t(tab.labelKey), isCurrent: tab.part === current }));
  return <Tabs label={t('register.tabs.label')} items={items} />;
}
