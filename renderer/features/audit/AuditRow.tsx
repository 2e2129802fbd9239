import type { CSSProperties, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { AuditEntry } from '../../ledger';
import { chainStatusOf, useIntegrityStore } from '../../vault/integrityStore';
import { ChainBadge } from './ChainBadge';
import { describeChange } from './describeChange';
import { eventTypeLabel } from './eventLabels';
import { useEvent, useNameOf } from './queries';

type AuditRowProps = {
  ledger: string;
  entry: AuditEntry;
  index: number;
  count: number;
  style: CSSProperties;
  rowRef: Ref<HTMLLIElement>;
  onSubject: (subject: string) => void;
};

/** One event: when it was recorded and when it happened, who, what changed, and its chain status. */
export function AuditRow({ ledger, entry, index, count, style, rowRef, onSubject }: AuditRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [seq, , type, subject, , authorName, occurredAt, recordedAt] = entry;
  const event = useEvent(ledger, seq);
  const status = useIntegrityStore((state) => chainStatusOf(state, ledger, seq));
  const nameOf = useNameOf(ledger);
  const typeLabel = eventTypeLabel(type);
  const change = event === undefined ? '' : describeChange(t, event, { nameOf, formatNumber: format.number });
  return (
    <li ref={rowRef} data-index={index} className="audit-row" style={style} aria-setsize={count} aria-posinset={index + 1}>
      <div className="audit-when">
        <span className="visually-hidden">{t('audit.columns.recorded')}</span>
        <time dateTime={recordedAt}>{format.dateTime(new Date(recordedAt))}</time>
        <span className="audit-occurred">{t('audit.occurred', { time: format.dateTime(new Date(occurredAt)) })}</span>
      </div>
      <div className="audit-who">
        <span className="visually-hidden">{t('audit.columns.author')}</span>
        <bdi>{authorName}</bdi>
      </div>
      <div className="audit-what">
        <span className="audit-type">{typeLabel === undefined ? type : t(typeLabel)}</span>
        {change === '' ? null : <bdi className="audit-change">{change}</bdi>}
        <button type="button" className="link-button audit-subject" aria-label={t('audit.onlySubjectFor', { subject })} onClick={() => { onSubject(subject); }}>
          {t('audit.onlySubject')}
        </button>
      </div>
      <div className="audit-chain">
        <ChainBadge status={status} />
        <span className="audit-seq">{t('audit.seq', { seq: format.number(seq) })}</span>
      </div>
    </li>
  );
}
