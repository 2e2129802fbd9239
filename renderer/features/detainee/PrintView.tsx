import { effectiveEvent } from '@shared/custody/projection/effective';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { facilityOf, facilityProjection, useProjection } from '../../ledger';
import { useCan } from '../../vault/useCan';
import { useCurrentUser } from '../../vault/useCurrentUser';
import { useCustodyLabels } from '../custody';
import { CorrectionHistory } from './CorrectionHistory';
import { EntryContent } from './EntryContent';
import { correctionsOf } from './fields/corrections';
import type { RecordEntry } from './fields/entries';
import { entriesOf, voidOf } from './fields/entries';
import { IdentityHeader } from './IdentityHeader';
import type { RecordEvents } from './queries';
import { useAuthorName } from './useAuthorName';
import { useEntryNames } from './useEntryNames';

type PrintEntryProps = {
  record: CustodyRecord;
  entry: RecordEntry;
  event: LedgerEvent | undefined;
  canReadMedical: boolean;
  authorName: (userId: string) => string;
  eventName: (id: string) => string;
};

function PrintEntry({ record, entry, event, canReadMedical, authorName, eventName }: PrintEntryProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  const found = voidOf(record, entry.id);
  return (
    <li className="detainee-print-entry">
      <h3>
        {labels.eventType(entry.type)}
        {record.voidedEventIds.has(entry.id) ? ` — ${t('detainee.timeline.voided')}` : ''}
      </h3>
      <p>
        {t('detainee.print.occurred', { time: format.dateTime(new Date(entry.occurredMs)) })} · {t('detainee.print.recorded', { time: format.dateTime(new Date(entry.recordedMs)) })}
        {event === undefined ? '' : ` ${t('detainee.timeline.by', { name: event.author.name })}`}
      </p>
      {found === undefined ? null : <p>{t(found.state === 'effective' ? 'detainee.timeline.voidedBy' : 'detainee.timeline.voidPending', { name: authorName(found.authorId), reason: found.reason ?? '' })}</p>}
      {event === undefined ? <p>{t('detainee.timeline.unreadable')}</p> : <EntryContent effective={effectiveEvent(event, record)} canReadMedical={canReadMedical} eventName={eventName} isPrint />}
      <CorrectionHistory targetType={entry.type} corrections={correctionsOf(record, entry.id)} canReadMedical={canReadMedical} authorName={authorName} eventName={eventName} />
      <p className="detainee-print-hash">
        {t('detainee.print.hashLabel')} <code dir="ltr">{event?.hash ?? t('detainee.timeline.unreadable')}</code>
      </p>
    </li>
  );
}

/**
 * The record as printed: the identity, every entry with its corrections and voids, and
 * each entry's hash, which ties the paper to the signed register. Page numbers come from
 * the print stylesheet; medical fields follow the reader's rights as on screen.
 */
export function PrintView({ record, events }: { record: CustodyRecord; events: RecordEvents }) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  const canReadMedical = useCan('medical.read');
  const facility = useProjection(facilityProjection, (state) => facilityOf(state, record.ledger));
  const authorName = useAuthorName(record.ledger);
  const eventName = useEntryNames(record);
  return (
    <article className="detainee-print" aria-label={t('detainee.print.title')}>
      <h2>{t('detainee.print.title')}</h2>
      <p>{facility === undefined ? null : t('detainee.print.facility', { facility: facility.name })}</p>
      <IdentityHeader record={record} />
      <p className="detainee-print-meta">{t('detainee.print.printedAt', { time: format.dateTime(new Date()), name: user.name })}</p>
      <p className="detainee-print-meta">{t('detainee.print.notice')}</p>
      <ol className="detainee-print-entries">
        {entriesOf(record).map((entry) => (
          <PrintEntry key={entry.id} record={record} entry={entry} event={events.byId.get(entry.id)} canReadMedical={canReadMedical} authorName={authorName} eventName={eventName} />
        ))}
      </ol>
    </article>
  );
}
