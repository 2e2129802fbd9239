import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppInfo } from '../../platform';

type AppInfoListProps = {
  info: AppInfo;
};

/** Version strings and OS names are data, not prose: <bdi> keeps them left-to-right inside Arabic. */
export function AppInfoList({ info }: AppInfoListProps) {
  const { t } = useTranslation();
  const rows = [
    [t('settings.about.name'), info.name],
    [t('settings.about.version'), info.version],
    [t('settings.about.platform'), t(info.platform === 'electron' ? 'settings.about.platformElectron' : 'settings.about.platformBrowser')],
    [t('settings.about.os'), info.os],
    [t('settings.about.electronVersion'), info.versions.electron],
    [t('settings.about.browserEngine'), info.versions.chrome],
    [t('settings.about.nodeVersion'), info.versions.node],
  ] as const;
  return (
    <dl className="summary-list">
      {rows.map(([label, value]) =>
        value === undefined ? null : (
          <Fragment key={label}>
            <dt>{label}</dt>
            <dd>
              <bdi>{value}</bdi>
            </dd>
          </Fragment>
        ),
      )}
    </dl>
  );
}
