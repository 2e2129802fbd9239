import type { PopulationStats, StayBand, StaySummary } from '@shared/custody/population';
import { STAY_BANDS } from '@shared/custody/population';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import type { TranslationKey } from '../../i18n/translationKey';
import { Section } from '../../ui/Section';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { ChartFigure } from '../../ui/ChartFigure';
import { FigureList } from './FigureList';
import { AXIS_COLOUR, CHART_HEIGHT_PX, ENDED_COLOUR, LABEL_WIDTH_PX, ONGOING_COLOUR } from './chartStyle';
import type { PopulationFormat } from './usePopulationFormat';

const BAND_KEYS: Readonly<Record<StayBand, TranslationKey>> = {
  underDay: 'population.stay.bands.underDay',
  underWeek: 'population.stay.bands.underWeek',
  underMonth: 'population.stay.bands.underMonth',
  underQuarter: 'population.stay.bands.underQuarter',
  underYear: 'population.stay.bands.underYear',
  overYear: 'population.stay.bands.overYear',
};

type BandRow = { readonly band: StayBand; readonly label: string; readonly ongoing: number; readonly ended: number };

function StayChart({ rows }: { rows: readonly BandRow[] }) {
  const { t } = useTranslation();
  return (
    <ResponsiveContainer width="100%" height={CHART_HEIGHT_PX + 80}>
      <BarChart data={[...rows]} layout="vertical" accessibilityLayer={false} margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" allowDecimals={false} stroke={AXIS_COLOUR} />
        <YAxis type="category" dataKey="label" width={LABEL_WIDTH_PX} interval={0} stroke={AXIS_COLOUR} />
        <Legend itemSorter={null} />
        <Bar dataKey="ongoing" name={t('population.stay.ongoing')} fill={ONGOING_COLOUR} isAnimationActive={false} />
        <Bar dataKey="ended" name={t('population.stay.ended')} fill={ENDED_COLOUR} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** How long people stay: medians of stays running and ended, and how many fall in each band. */
export function StaySection({ stats, format }: { stats: PopulationStats; format: PopulationFormat }) {
  const { t } = useTranslation();
  const median = (summary: StaySummary): string =>
    summary.medianMs === undefined ? t('population.stay.none') : format.duration(summary.medianMs);
  const counted = (summary: StaySummary): string => t('population.stay.counted', { count: summary.count, n: format.number(summary.count) });
  const figures = [
    { id: 'ongoing', label: t('population.stay.medianOngoing'), value: median(stats.ongoingStay), hint: counted(stats.ongoingStay), isMuted: stats.ongoingStay.count === 0 },
    { id: 'ended', label: t('population.stay.medianEnded'), value: median(stats.endedStay), hint: counted(stats.endedStay), isMuted: stats.endedStay.count === 0 },
  ];
  const rows = STAY_BANDS.map((band) => ({ band, label: t(BAND_KEYS[band]), ongoing: stats.ongoingStay.bands[band], ended: stats.endedStay.bands[band] }));
  const columns: TableColumn<BandRow>[] = [
    { id: 'band', header: t('population.stay.band'), isRowHeader: true, cell: (row) => row.label },
    { id: 'ongoing', header: t('population.stay.ongoing'), align: 'end', cell: (row) => format.number(row.ongoing) },
    { id: 'ended', header: t('population.stay.ended'), align: 'end', cell: (row) => format.number(row.ended) },
  ];
  return (
    <Section title={t('population.stay.title')}>
      <FigureList figures={figures} />
      <ChartFigure caption={t('population.stay.caption')} chart={<StayChart rows={rows} />}>
        <Table caption={t('population.stay.tableCaption')} columns={columns} rows={rows} rowKey={(row) => row.band} emptyMessage={t('population.stay.none')} />
      </ChartFigure>
    </Section>
  );
}
