import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TranslationKey } from '../../i18n/translationKey';
import type { InspectionsView, ViewKind } from './viewParams';
import { viewHref } from './viewParams';

type Tab = { view: InspectionsView; labelKey: TranslationKey; covers: readonly ViewKind[] };

const TABS: readonly Tab[] = [
  { view: { kind: 'start' }, labelKey: 'inspections.tabs.inspect', covers: ['start', 'run'] },
  { view: { kind: 'history' }, labelKey: 'inspections.tabs.history', covers: ['history', 'inspection', 'report', 'compare'] },
  { view: { kind: 'trends', facility: null }, labelKey: 'inspections.tabs.trends', covers: ['trends'] },
  { view: { kind: 'templates' }, labelKey: 'inspections.tabs.templates', covers: ['templates'] },
];

/** The inspections screen's own navigation; the current part is marked for screen readers, not only by style. */
export function InspectionsTabs({ current }: { current: ViewKind }) {
  const { t } = useTranslation();
  return (
    <nav className="inspections-tabs no-print" aria-label={t('inspections.tabs.label')}>
      <ul>
        {TABS.map((tab) => (
          <li key={tab.labelKey}>
            <Link to={viewHref(tab.view)} className="inspections-tab" aria-current={tab.covers.includes(current) ? 'page' : undefined}>
              {t(tab.labelKey)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
