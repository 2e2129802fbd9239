import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { AmbiguousLine, RollCallMatch, RollCallResult, SeenNotRegistered } from '@shared/oversight/rollCallMatch';
import type { SeenPerson } from '@shared/oversight/rollCall';
import { useFormat } from '../../i18n/useFormat';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { StatusBadge } from '../custody';
import { detaineeHref } from '../detainee';
import { personName } from './personName';

function RecordLink({ record }: { record: CustodyRecord }) {
  return (
    <Link to={detaineeHref(record.id)}>
      <bdi className="register-number" dir="ltr" translate="no">{record.registerLabel}</bdi> <bdi>{personName(record) ?? ''}</bdi>
    </Link>
  );
}

function SeenCell({ seen }: { seen: SeenPerson }) {
  const { t } = useTranslation();
  const format = useFormat();
  const details = [seen.father === undefined ? '' : t('oversight.rollCall.father', { name: seen.father }), seen.birth ?? ''].filter((part) => part !== '').join(' · ');
  return (
    <>
      <bdi>{seen.name === '' ? seen.registerNumber ?? '' : seen.name}</bdi>
      {details === '' ? null : <span className="oversight-muted"> <bdi>{details}</bdi></span>}
      <span className="oversight-muted"> {t('oversight.rollCall.line', { line: format.number(seen.line) })}</span>
    </>
  );
}

function useSeenColumn<Row extends { seen: SeenPerson }>(): TableColumn<Row> {
  const { t } = useTranslation();
  return { id: 'seen', header: t('oversight.rollCall.column.seen'), isRowHeader: true, cell: (row) => <SeenCell seen={row.seen} /> };
}

/** The outcome of a roll-call: the two lists that matter first, then lines to resolve, then those found. */
export function RollCallResults({ result, facility }: { result: RollCallResult; facility: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const seenColumn = useSeenColumn<SeenNotRegistered>();
  const ambiguousSeen = useSeenColumn<AmbiguousLine>();
  const matchedSeen = useSeenColumn<RollCallMatch>();
  const notSeen: TableColumn<CustodyRecord>[] = [
    { id: 'record', header: t('oversight.rollCall.column.entry'), isRowHeader: true, cell: (record) => <RecordLink record={record} /> },
    { id: 'status', header: t('oversight.rollCall.column.status'), cell: (record) => <StatusBadge status={record.status} /> },
  ];
  return (
    <div className="oversight-results" aria-live="polite">
      <Section title={t('oversight.rollCall.seenNotRegistered', { shown: format.number(result.seenNotRegistered.length) })} hint={t('oversight.rollCall.seenNotRegisteredHint', { facility })}>
        <Table
          caption={t('oversight.rollCall.seenNotRegisteredCaption')}
          columns={[seenColumn, { id: 'register', header: t('oversight.rollCall.column.register'), cell: (row) => (row.closedRecord === undefined ? t('oversight.rollCall.noEntry') : <>{t('oversight.rollCall.entryClosed')} <RecordLink record={row.closedRecord} /> <StatusBadge status={row.closedRecord.status} /></>) }]}
          rows={result.seenNotRegistered} rowKey={(row) => String(row.seen.line)} emptyMessage={t('oversight.rollCall.noneSeenNotRegistered')}
        />
      </Section>
      <Section title={t('oversight.rollCall.registeredNotSeen', { shown: format.number(result.registeredNotSeen.length) })} hint={t('oversight.rollCall.registeredNotSeenHint')}>
        <Table caption={t('oversight.rollCall.registeredNotSeenCaption')} columns={notSeen} rows={result.registeredNotSeen} rowKey={(record) => record.id} emptyMessage={t('oversight.rollCall.noneRegisteredNotSeen')} />
      </Section>
      {result.ambiguous.length > 0 ? (
        <Section title={t('oversight.rollCall.ambiguous', { shown: format.number(result.ambiguous.length) })} hint={t('oversight.rollCall.ambiguousHint')}>
          <Table
            caption={t('oversight.rollCall.ambiguousCaption')}
            columns={[ambiguousSeen, { id: 'candidates', header: t('oversight.rollCall.column.candidates'), cell: (row) => <ul className="oversight-plain-list">{row.records.map((record) => <li key={record.id}><RecordLink record={record} /></li>)}</ul> }]}
            rows={result.ambiguous} rowKey={(row) => String(row.seen.line)} emptyMessage=""
          />
        </Section>
      ) : null}
      <Section title={t('oversight.rollCall.matched', { shown: format.number(result.matched.length) })}>
        <Table caption={t('oversight.rollCall.matchedCaption')} columns={[matchedSeen, { id: 'entry', header: t('oversight.rollCall.column.entry'), cell: (row) => <RecordLink record={row.record} /> }]} rows={result.matched} rowKey={(row) => String(row.seen.line)} emptyMessage={t('oversight.rollCall.noneMatched')} />
      </Section>
    </div>
  );
}
