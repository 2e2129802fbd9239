import { useTranslation } from 'react-i18next';
import type { StatLine } from '@shared/sharing/publish';
import { STAT_SECTIONS } from '@shared/sharing/publish';
import { Table } from '../../ui/Table';
import type { StatLabels } from './useStatLabels';
import { useStatLabels } from './useStatLabels';

type StatisticsTablesProps = { lines: readonly StatLine[]; threshold: number; facilityName: string };

const SAFEGUARD_MEASURES = ['assessed', 'met', 'overdue', 'unknown', 'met_percent'] as const;

function SafeguardTable({ lines, threshold, labels, caption }: { lines: readonly StatLine[]; threshold: number; labels: StatLabels; caption: string }) {
  const { t } = useTranslation();
  const rules = [...new Set(lines.map((line) => line.item))];
  const valueOf = (rule: string, measure: (typeof SAFEGUARD_MEASURES)[number]) => {
    const line = lines.find((candidate) => candidate.item === rule && candidate.measure === measure);
    return line === undefined ? '—' : labels.value(line.shown, threshold);
  };
  return (
    <Table<string>
      caption={caption}
      rows={rules}
      rowKey={(rule) => rule}
      emptyMessage=""
      columns={[
        { id: 'rule', header: t('partners.stats.rule'), isRowHeader: true, cell: (rule) => labels.item({ section: 'safeguards', item: rule }) },
        ...SAFEGUARD_MEASURES.map((measure) => ({ id: measure, header: labels.measure(measure), align: 'end' as const, cell: (rule: string) => valueOf(rule, measure) })),
      ]}
    />
  );
}

function SectionTable({ lines, threshold, labels, caption }: { lines: readonly StatLine[]; threshold: number; labels: StatLabels; caption: string }) {
  const { t } = useTranslation();
  return (
    <Table<StatLine>
      caption={caption}
      rows={lines}
      rowKey={(line) => `${line.item}.${line.measure}`}
      emptyMessage=""
      columns={[
        { id: 'item', header: t('partners.stats.item'), isRowHeader: true, cell: (line) => labels.full(line) },
        { id: 'value', header: t('partners.stats.value'), align: 'end', cell: (line) => labels.value(line.shown, threshold) },
      ]}
    />
  );
}

/** A facility's shared statistics as tables, one per section, every hidden figure shown as such. */
export function StatisticsTables({ lines, threshold, facilityName }: StatisticsTablesProps) {
  const { t } = useTranslation();
  const labels = useStatLabels();
  return (
    <div className="partners-stats">
      {STAT_SECTIONS.map((section) => {
        const own = lines.filter((line) => line.section === section);
        const caption = t('partners.stats.caption', { section: labels.section(section), facility: facilityName });
        return section === 'safeguards' ? (
          <SafeguardTable key={section} lines={own} threshold={threshold} labels={labels} caption={caption} />
        ) : (
          <SectionTable key={section} lines={own} threshold={threshold} labels={labels} caption={caption} />
        );
      })}
    </div>
  );
}
