import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertSeverity } from '@shared/oversight/alerts';
import { countBySeverity } from '@shared/oversight/alerts';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { AlertCard } from './AlertCard';
import { CLOCK_TOLERANCE_HOURS } from './settings';
import { useOversightAlerts, useOversightFacilities, useOversightSettings, useRecordsById } from './queries';

type Shown = 'attention' | 'critical' | 'all';
const SHOWN_SEVERITIES: Readonly<Record<Shown, readonly AlertSeverity[]>> = {
  attention: ['critical', 'warning'],
  critical: ['critical'],
  all: ['critical', 'warning', 'notice'],
};
/** Alerts drawn at once; more on request, so a large network stays responsive. */
const PAGE_SIZE = 100;

/** The disappearance alerts, most severe first, each with its evidence one click away. */
export function AlertsView() {
  const { t } = useTranslation();
  const format = useFormat();
  const settings = useOversightSettings();
  const alerts = useOversightAlerts(settings);
  const facilities = useOversightFacilities();
  const records = useRecordsById();
  const [shown, setShown] = useState<Shown>('attention');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const counts = countBySeverity(alerts);
  const visible = useMemo(() => alerts.filter((alert) => SHOWN_SEVERITIES[shown].includes(alert.severity)), [alerts, shown]);
  const nameOf = useMemo(() => new Map(facilities.map((facility) => [facility.ledger, facility.name])), [facilities]);
  return (
    <div className="oversight-view">
      <p className="oversight-summary" role="status">
        {t('oversight.alerts.summary', { critical: format.number(counts.critical), warning: format.number(counts.warning), notice: format.number(counts.notice) })}
      </p>
      <p className="oversight-muted">{t('oversight.alerts.rules', { window: format.number(settings.windowHours), tolerance: format.number(CLOCK_TOLERANCE_HOURS) })}</p>
      <SelectField
        label={t('oversight.alerts.show')}
        options={[
          { value: 'attention', label: t('oversight.alerts.showAttention') },
          { value: 'critical', label: t('oversight.alerts.showCritical') },
          { value: 'all', label: t('oversight.alerts.showAll') },
        ]}
        value={shown}
        onValueChange={(value) => {
          setShown(value);
          setLimit(PAGE_SIZE);
        }}
      />
      {visible.length === 0 ? <p>{facilities.length === 0 ? t('oversight.overview.empty') : t('oversight.alerts.none')}</p> : null}
      <ol className="oversight-alerts" aria-label={t('oversight.alerts.listLabel')}>
        {visible.slice(0, limit).map((alert) => (
          <li key={alert.id}>
            <AlertCard alert={alert} record={records.get(alert.recordId)} facilityName={nameOf.get(alert.ledger)} destinationName={alert.destinationLedger === undefined ? undefined : nameOf.get(alert.destinationLedger)} />
          </li>
        ))}
      </ol>
      {visible.length > limit ? (
        <Button onClick={() => { setLimit(limit + PAGE_SIZE); }}>{t('oversight.alerts.showMore', { shown: format.number(limit), total: format.number(visible.length) })}</Button>
      ) : null}
    </div>
  );
}
