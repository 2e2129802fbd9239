import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TranslationKey } from '../../i18n/translationKey';
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

/** The oversight screen's own navigation; the current view is marked for screen readers, not only by style. */
export function OversightTabs({ current }: { current: OversightView }) {
  const { t } = useTranslation();
  return (
    <nav className="oversight-tabs no-print" aria-label={t('oversight.tabs.label')}>
      <ul>
        {OVERSIGHT_VIEWS.map((view) => (
          <li key={view}>
            <Link to={viewHref(view)} className="oversight-tab" aria-current={view === current ? 'page' : undefined}>
              {t(TAB_KEYS[view])}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
