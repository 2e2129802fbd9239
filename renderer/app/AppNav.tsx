import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { FeatureDefinition } from './feature';
import { featureHref } from './feature';

type AppNavProps = {
  features: readonly FeatureDefinition[];
};

export function AppNav({ features }: AppNavProps) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('frame.navigation')}>
      <ul className="nav-list">
        {features.map((feature) => (
          <li key={feature.id}>
            <NavLink to={featureHref(feature)} end className="nav-link">
              {t(feature.navLabelKey)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
