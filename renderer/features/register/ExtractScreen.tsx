import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustodyRecord } from '@shared/custody/projection/types';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { PrintButtons } from '../printing';
import { ExtractDocument } from './ExtractDocument';
import { REGISTER_PATH } from './paths';
import { useCategoryRank } from './queries';
import { RegisterTabs } from './RegisterTabs';
import { useAdmissionHashes } from './useAdmissionHashes';
import { useRegisterView } from './useRegisterView';

/** Most entries one extract prints: each needs its admission entry read for its hash, and paper has limits too. */
export const MAX_EXTRACT_ENTRIES = 2000;
/** A neutral file name: never a facility's or a person's name, which file lists and backups keep in plaintext. */
const PDF_NAME = 'register-extract';
const NO_ENTRIES: readonly CustodyRecord[] = [];

/** The register extract (issue P3 item 7): the list as filtered and sorted, printed with page numbers and entry hashes. */
export function ExtractScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const view = useRegisterView(useCategoryRank());
  const { rows, records } = view;
  const isTooLong = rows.count > MAX_EXTRACT_ENTRIES;
  const entries = useMemo(
    () => (isTooLong ? NO_ENTRIES : Array.from(rows.positions.subarray(0, rows.count), (position) => records[position]).filter((record) => record !== undefined)),
    [rows, records, isTooLong],
  );
  const hashes = useAdmissionHashes(entries);
  const title = t('register.extract.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('register.extract.intro')}>
      <RegisterTabs current="extract" />
      <p className="no-print">
        <Link to={REGISTER_PATH}>{t('register.extract.changeSelection')}</Link>
      </p>
      {isTooLong ? (
        <Banner tone="warning" title={t('register.extract.tooLong', { count: rows.count, shown: format.number(rows.count), max: format.number(MAX_EXTRACT_ENTRIES) })}>
          <p>{t('register.extract.tooLongHelp')}</p>
        </Banner>
      ) : view.pending !== null || !hashes.isDone ? (
        <div className="no-print">
          <ProgressBar label={t('register.extract.reading')} value={hashes.hashes.size} max={Math.max(entries.length, 1)} valueText={t('register.extract.read', { done: format.number(hashes.hashes.size), total: format.number(entries.length) })} />
        </div>
      ) : (
        <PrintButtons pdfName={PDF_NAME} />
      )}
      {isTooLong ? null : <ExtractDocument entries={entries} total={records.length} hashes={hashes.hashes} />}
    </Page>
  );
}
