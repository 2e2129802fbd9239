import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { countBySeverity } from '@shared/oversight/alerts';
import type { FacilityOverviewRow } from '@shared/oversight/overview';
import { sortOverviewRows } from '@shared/oversight/overview';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { FacilitiesTable } from './FacilitiesTable';
import { useOversightAlerts, useOverviewRows, useOversightSettings } from './queries';
import { viewHref } from './viewParams';

function names(rows: readonly FacilityOverviewRow[]): string {
  return rows.map((row) => row.name).join(', ');
}

/** What needs attention first: forks, held bundles, silent facilities, critical alerts. */
function AttentionBanners({ rows, critical }: { rows: readonly FacilityOverviewRow[]; critical: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const forked = rows.filter((row) => row.forks > 0);
  const held = rows.filter((row) => row.held > 0);
  const stale = rows.filter((row) => row.isStale);
  return (
    <>
      {forked.length > 0 ? (
        <Banner tone="error" title={t('oversight.overview.forksTitle')}>
          <p>{t('oversight.overview.forksBody', { facilities: names(forked) })}</p>
          <Link to={viewHref('integrity')}>{t('oversight.overview.openIntegrity')}</Link>
        </Banner>
      ) : null}
      {critical > 0 ? (
        <Banner tone="error" title={t('oversight.overview.criticalTitle', { shown: format.number(critical) })}>
          <Link to={viewHref('alerts')}>{t('oversight.overview.openAlerts')}</Link>
        </Banner>
      ) : null}
      {held.length > 0 ? (
        <Banner tone="warning" title={t('oversight.overview.heldTitle')}>
          <p>{t('oversight.overview.heldBody', { facilities: names(held) })}</p>
        </Banner>
      ) : null}
      {stale.length > 0 ? (
        <Banner tone="warning" title={t('oversight.overview.staleTitle')}>
          <p>{t('oversight.overview.staleBody', { facilities: names(stale) })}</p>
        </Banner>
      ) : null}
    </>
  );
}

/** Every facility whose register was imported, what needs attention first. */
export function OverviewView() {
  const { i18n } = useTranslation();
  const settings = useOversightSettings();
  const rows = useOverviewRows(settings);
  const alerts = useOversightAlerts(settings);
  const collator = new Intl.Collator(i18n.language);
  const sorted = sortOverviewRows(rows, (a, b) => collator.compare(a, b));
  return (
    <div className="oversight-view">
      <AttentionBanners rows={sorted} critical={countBySeverity(alerts).critical} />
      <FacilitiesTable rows={sorted} staleDays={settings.staleDays} />
    </div>
  );
}
