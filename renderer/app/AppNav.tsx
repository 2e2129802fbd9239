import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { can } from '../vault/permissions';
import { useCurrentUser } from '../vault/useCurrentUser';
import type { FeatureDefinition } from './feature';
import { featureHref } from './feature';

type AppNavProps = {
  features: readonly FeatureDefinition[];
};

/** The features the signed-in user's role may use; the others are not offered at all. */
export function AppNav({ features }: AppNavProps) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const offered = features.filter((feature) => feature.inNav !== false && (feature.requires === undefined || (user.isActive && can(user.role, feature.requires))));
  return (
    <nav className="app-nav" aria-label={t('frame.navigation')}>
      <ul className="nav-list">
        {offered.map((feature) => (
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
