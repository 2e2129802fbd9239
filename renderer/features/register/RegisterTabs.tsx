import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TranslationKey } from '../../i18n/translationKey';
import { EXTRACT_PATH, NEEDS_ACTION_PATH, REGISTER_PATH } from './paths';

export type RegisterPart = 'list' | 'needsAction' | 'extract';

const TABS: readonly { part: RegisterPart; path: string; labelKey: TranslationKey }[] = [
  { part: 'list', path: REGISTER_PATH, labelKey: 'register.tabs.list' },
  { part: 'needsAction', path: NEEDS_ACTION_PATH, labelKey: 'register.tabs.needsAction' },
  { part: 'extract', path: EXTRACT_PATH, labelKey: 'register.tabs.extract' },
];

/** The register's own navigation; the current part is marked for screen readers, not only by style. */
export function RegisterTabs({ current }: { current: RegisterPart }) {
  const { t } = useTranslation();
  return (
    <nav className="register-tabs no-print" aria-label={t('register.tabs.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.part}>
            <Link to={tab.path} className="register-tab" aria-current={tab.part === current ? 'page' : undefined}>
              {t(tab.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
