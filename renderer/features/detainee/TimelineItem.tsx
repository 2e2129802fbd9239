import { effectiveEvent } from '@shared/custody/projection/effective';
import type { CorrectionView, CustodyRecord } from '@shared/custody/projection/types';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { useCustodyLabels } from '../custody';
import { CorrectionHistory } from './CorrectionHistory';
import { useDetaineeStore } from './detaineeStore';
import { EntryContent } from './EntryContent';
import { correctionsOf } from './fields/corrections';
import type { RecordEntry } from './fields/entries';
import { voidOf } from './fields/entries';

export type TimelineItemProps = {
  record: CustodyRecord;
  entry: RecordEntry;
  event: LedgerEvent | undefined;
  isLoading: boolean;
  canReadMedical: boolean;
  /** The user may void this entry and withdraw its corrections (their role writes this kind of entry). */
  canVoid: boolean;
  /** The user may correct at least one field of this entry. */
  canCorrect: boolean;
  authorName: (userId: string) => string;
  eventName: (id: string) => string;
};

function VoidNotice({ record, entry, authorName }: Pick<TimelineItemProps, 'record' | 'entry' | 'authorName'>) {
  const { t } = useTranslation();
  const found = voidOf(record, entry.id);
  if (found === undefined) return null;
  const values = { name: authorName(found.authorId), reason: found.reason ?? '' };
  return found.state === 'effective' ? (
    <p className="detainee-void-notice">{t('detainee.timeline.voidedBy', values)}</p>
  ) : (
    <p className="detainee-void-notice detainee-void-pending">{t('detainee.timeline.voidPending', values)}</p>
  );
}

function EntryMeta({ entry, event }: { entry: RecordEntry; event: LedgerEvent | undefined }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <dl className="detainee-entry-meta">
      <div>
        <dt>{t('detainee.timeline.occurred')}</dt>
        <dd>{format.dateTime(new Date(entry.occurredMs))}</dd>
      </div>
      <div>
        <dt>{t('detainee.timeline.recorded')}</dt>
        <dd>
          {format.dateTime(new Date(entry.recordedMs))}
          {event === undefined ? null : <> {t('detainee.timeline.by', { name: event.author.name })}</>}
        </dd>
      </div>
    </dl>
  );
}

function EntryActions({ entryId, name, canCorrect, canVoid }: { entryId: string; name: string; canCorrect: boolean; canVoid: boolean }) {
  const { t } = useTranslation();
  const openCorrection = useDetaineeStore((state) => state.openCorrection);
  const openVoid = useDetaineeStore((state) => state.openVoid);
  return (
    <div className="detainee-entry-actions">
      {canCorrect ? (
        <Button onClick={() => { openCorrection({ targetEventId: entryId }); }} aria-label={t('detainee.timeline.correctNamed', { entry: name })}>
          {t('detainee.timeline.correct')}
        </Button>
      ) : null}
      {canVoid ? (
        <Button variant="danger" onClick={() => { openVoid(entryId); }} aria-label={t('detainee.timeline.voidNamed', { entry: name })}>
          {t('detainee.timeline.void')}
        </Button>
      ) : null}
    </div>
  );
}

/** One entry of the record: what happened, when, who wrote it, what it says now and how it was corrected. */
export function TimelineItem({ record, entry, event, isLoading, canReadMedical, canVoid, canCorrect, authorName, eventName }: TimelineItemProps) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const titleId = useId();
  const openVoid = useDetaineeStore((state) => state.openVoid);
  const isVoided = record.voidedEventIds.has(entry.id);
  const hasVoid = voidOf(record, entry.id) !== undefined;
  return (
    <li className={isVoided ? 'detainee-entry detainee-entry-voided' : 'detainee-entry'}>
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="detainee-entry-title">
          {labels.eventType(entry.type)}
          {isVoided ? <span className="custody-badge detainee-voided-badge"> {t('detainee.timeline.voided')}</span> : null}
        </h3>
        <EntryMeta entry={entry} event={event} />
        <VoidNotice record={record} entry={entry} authorName={authorName} />
        {event !== undefined ? (
          <EntryContent effective={effectiveEvent(event, record)} canReadMedical={canReadMedical} eventName={eventName} />
        ) : (
          <p className="detainee-entry-loading">{isLoading ? t('detainee.timeline.loading') : t('detainee.timeline.unreadable')}</p>
        )}
        <CorrectionHistory
          targetType={entry.type}
          corrections={correctionsOf(record, entry.id)}
          canReadMedical={canReadMedical}
          authorName={authorName}
          eventName={eventName}
          {...(canVoid && !isVoided ? { onWithdraw: (correction: CorrectionView) => { openVoid(correction.id); }, isWithdrawable: (correction: CorrectionView) => voidOf(record, correction.id) === undefined } : {})}
        />
        {(canCorrect || canVoid) && !isVoided && event !== undefined ? <EntryActions entryId={entry.id} name={eventName(entry.id)} canCorrect={canCorrect} canVoid={canVoid && !hasVoid} /> : null}
      </article>
    </li>
  );
}
