import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { OversightAlert } from '@shared/oversight/alerts';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { AlertEvidence } from './AlertEvidence';
import { ALERT_TITLE_KEYS, MISSING_KEYS, SEVERITY_KEYS } from './labels';
import { personName } from './personName';

type AlertCardProps = { alert: OversightAlert; record: CustodyRecord | undefined; facilityName: string | undefined; destinationName: string | undefined };

const HOUR_MS = 3_600_000;

/** What the alert says, in one sentence. */
function useAlertSentence(alert: OversightAlert, destinationName: string | undefined): string {
  const { t } = useTranslation();
  const format = useFormat();
  const destination = destinationName ?? alert.destination ?? '';
  switch (alert.kind) {
    case 'transfer_unmatched':
      return t('oversight.alerts.sentence.unmatched', { destination, deadline: format.dateTime(new Date(alert.windowEndsMs ?? alert.occurredMs)) });
    case 'transfer_late':
      return t('oversight.alerts.sentence.late', { destination, hours: format.number(Math.round((alert.delayMs ?? 0) / HOUR_MS)) });
    case 'transfer_in_transit':
      return t('oversight.alerts.sentence.inTransit', { destination, deadline: format.dateTime(new Date(alert.windowEndsMs ?? alert.occurredMs)) });
    case 'transfer_unknown_destination':
      return t('oversight.alerts.sentence.unknownDestination', { destination });
    case 'release_without_recipient':
    case 'escape_without_report':
    case 'death_without_details':
      return t('oversight.alerts.sentence.missing', { details: alert.missing.map((detail) => t(MISSING_KEYS[detail])).join(t('oversight.alerts.listSeparator')) });
  }
}

/** One alert: severity in words and colour, what happened, to whom, where, and its evidence on request. */
export function AlertCard({ alert, record, facilityName, destinationName }: AlertCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isOpen, setIsOpen] = useState(false);
  const panelId = useId();
  const titleId = useId();
  const sentence = useAlertSentence(alert, destinationName);
  const name = personName(record);
  return (
    <article className={`oversight-alert oversight-alert-${alert.severity}`} aria-labelledby={titleId}>
      <h2 id={titleId} className="oversight-alert-title">
        <span className={`oversight-severity oversight-severity-${alert.severity}`}>{t(SEVERITY_KEYS[alert.severity])}</span> {t(ALERT_TITLE_KEYS[alert.kind])}
      </h2>
      <p className="oversight-alert-who">
        {t('oversight.alerts.who', { facility: facilityName ?? alert.ledger.slice(0, 8), date: format.dateTime(new Date(alert.occurredMs)) })}{' '}
        <bdi className="register-number" dir="ltr" translate="no">{alert.registerLabel}</bdi>
        {name === undefined ? null : <> · <bdi>{name}</bdi></>}
      </p>
      <p>{sentence}</p>
      <Button aria-expanded={isOpen} aria-controls={panelId} onClick={() => { setIsOpen(!isOpen); }}>
        {isOpen ? t('oversight.evidence.hide') : t('oversight.evidence.show')}
      </Button>
      <div id={panelId} hidden={!isOpen}>
        {isOpen ? <AlertEvidence alert={alert} /> : null}
      </div>
    </article>
  );
}
