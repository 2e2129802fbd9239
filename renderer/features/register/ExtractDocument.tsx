import { useTranslation } from 'react-i18next';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useFormat } from '../../i18n/useFormat';
import { facilityOf, facilityProjection, useProjection } from '../../ledger';
import { useCurrentUser } from '../../vault/useCurrentUser';
import { useSession } from '../../vault/useSession';
import { RegisterNumber, StatusBadge, useCustodyLabels } from '../custody';
import { PersonNames } from './PersonNames';
import { locationOf } from './recordFields';
import { SelectionSummary } from './SelectionSummary';

type ExtractDocumentProps = { entries: readonly CustodyRecord[]; total: number; hashes: ReadonlyMap<string, string | null> };

function ExtractRow({ record, hash }: { record: CustodyRecord; hash: string | null | undefined }) {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  return (
    <tr>
      <th scope="row">
        <RegisterNumber value={record.registerNumber} />
      </th>
      <td>
        <PersonNames record={record} unknownLabel={t('register.row.nameUnknown')} />
      </td>
      <td>
        <StatusBadge status={record.status} isVoided={record.isVoided} />
      </td>
      <td>{record.legalCategory === undefined ? labels.unknownReason('unknown') : labels.legalCategory(record.legalCategory)}</td>
      <td>{format.dateTime(new Date(record.admittedMs))}</td>
      <td>
        <bdi>{locationOf(record)}</bdi>
      </td>
      <td>
        {hash === undefined || hash === null ? (
          <span className="register-hash-missing">{t('register.extract.hashUnavailable')}</span>
        ) : (
          <code className="register-hash" dir="ltr" translate="no">
            {hash}
          </code>
        )}
      </td>
    </tr>
  );
}

/** Which register, who printed it and when, and what selection of it. */
function ExtractMeta({ count, total }: { count: number; total: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  const user = useCurrentUser();
  return (
    <dl className="summary-list register-extract-meta">
      <dt>{t('register.extract.printedAt')}</dt>
      <dd>{format.dateTime(new Date())}</dd>
      <dt>{t('register.extract.printedBy')}</dt>
      <dd>
        <bdi>{user.name}</bdi>
      </dd>
      <dt>{t('register.extract.selection')}</dt>
      <dd>
        <SelectionSummary />
      </dd>
      <dt>{t('register.extract.entries')}</dt>
      <dd>{t('register.extract.entryCount', { count, shown: format.number(count), total: format.number(total) })}</dd>
    </dl>
  );
}

/**
 * The register extract as a document in the reader's language: which register, who
 * printed it and when, what selection it shows, and per entry the hash of its admission
 * in the hash-chained ledger, so the paper can be checked against the ledger. Page
 * numbers come from the print stylesheet (register.css).
 */
export function ExtractDocument({ entries, total, hashes }: ExtractDocumentProps) {
  const { t } = useTranslation();
  const session = useSession();
  const facility = useProjection(facilityProjection, (state) => facilityOf(state, session.ledgerId));
  return (
    <article className="register-extract" aria-labelledby="register-extract-title">
      <h2 id="register-extract-title" className="register-extract-title">
        {t('register.extract.heading', { facility: facility?.name ?? '' })}
      </h2>
      <ExtractMeta count={entries.length} total={total} />
      <table className="table register-extract-table">
        <caption>{t('register.extract.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('register.columns.registerNumber')}</th>
            <th scope="col">{t('register.columns.names')}</th>
            <th scope="col">{t('register.columns.status')}</th>
            <th scope="col">{t('register.columns.legalCategory')}</th>
            <th scope="col">{t('register.columns.admitted')}</th>
            <th scope="col">{t('register.columns.location')}</th>
            <th scope="col">{t('register.extract.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((record) => (
            <ExtractRow key={record.id} record={record} hash={hashes.get(record.id)} />
          ))}
        </tbody>
      </table>
      <p className="register-extract-footer">{t('register.extract.hashNote')}</p>
    </article>
  );
}
