import { useTranslation } from 'react-i18next';
import type { RegisterGap } from '@shared/custody/registerNumbers';
import { useCustodyState, useRegisterSeriesAudit } from '../../custody';
import { useFormat } from '../../i18n/useFormat';
import { facilityOf, facilityProjection, useProjection } from '../../ledger';
import { Banner } from '../../ui/Banner';

/** Runs listed in full; a damaged series can have thousands. */
const MAX_RANGES = 20;

/** Missing runs as a reader writes them: "12, 15–17", and how many more when there are many. */
function useRanges(): (gaps: readonly RegisterGap[]) => string {
  const { t } = useTranslation();
  const format = useFormat();
  const number = (n: number) => format.number(n, { useGrouping: false });
  return (gaps) => {
    const listed = gaps
      .slice(0, MAX_RANGES)
      .map((gap) => (gap.from === gap.to ? number(gap.from) : `${number(gap.from)}–${number(gap.to)}`))
      .join(', ');
    return gaps.length > MAX_RANGES ? t('register.series.andMore', { listed, count: gaps.length - MAX_RANGES }) : listed;
  };
}

/** One series' audit (design §4.3): numbers missing or used twice are findings, shown until explained. */
function SeriesAuditNotice({ ledger }: { ledger: string }) {
  const { t } = useTranslation();
  const ranges = useRanges();
  const { gaps, duplicates } = useRegisterSeriesAudit(ledger);
  const profile = useProjection(facilityProjection, (state) => facilityOf(state, ledger));
  if (gaps.length === 0 && duplicates.length === 0) return null;
  const series = profile?.registerPrefix ?? ledger.slice(0, 8);
  const facility = profile?.name ?? ledger.slice(0, 8);
  return (
    <Banner tone="warning" title={t('register.series.title', { series, facility })}>
      {gaps.length === 0 ? null : <p>{t('register.series.gaps', { count: gaps.reduce((sum, gap) => sum + gap.to - gap.from + 1, 0), numbers: ranges(gaps) })}</p>}
      {duplicates.length === 0 ? null : <p>{t('register.series.duplicates', { count: duplicates.length, numbers: ranges(duplicates.map((n) => ({ from: n, to: n }))) })}</p>}
      <p>{t('register.series.explain')}</p>
    </Banner>
  );
}

/** A notice per register series held whose numbers have gaps or duplicates. */
export function SeriesAuditNotices() {
  const series = useCustodyState().series;
  return (
    <>
      {[...series.keys()].sort().map((ledger) => (
        <SeriesAuditNotice key={ledger} ledger={ledger} />
      ))}
    </>
  );
}
