import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '@shared/inspection/categories';
import type { CategoryScore, InspectionScores, Score } from '@shared/inspection/scoring';
import { useFormat } from '../../i18n/useFormat';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { useTemplateLanguage } from './queries';

type Row = { key: string; label: string; score: Score };

/** A share (0 to 1) as a percentage, or a dash in words when nothing was scored. */
export function usePercent(): (value: number | null) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (value) => (value === null ? t('inspections.scores.notScored') : format.number(value, { style: 'percent', maximumFractionDigits: 0 }));
}

/** Score per category and overall, with how much of each was covered and how the items were rated. */
export function CategoryScoreTable({ scores, caption }: { scores: InspectionScores; caption: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const percent = usePercent();
  const rows: Row[] = [
    ...scores.categories.map((category: CategoryScore) => ({ key: category.category, label: CATEGORY_LABELS[category.category][language], score: category })),
    { key: 'overall', label: t('inspections.scores.overall'), score: scores.overall },
  ];
  const count = (row: Row, pick: (counts: Score['counts']) => number) => format.number(pick(row.score.counts));
  const columns: TableColumn<Row>[] = [
    { id: 'category', header: t('inspections.scores.category'), isRowHeader: true, cell: (row) => row.label },
    { id: 'score', header: t('inspections.scores.score'), align: 'end', cell: (row) => percent(row.score.score) },
    { id: 'coverage', header: t('inspections.scores.coverage'), align: 'end', cell: (row) => percent(row.score.coverage) },
    { id: 'compliant', header: t('inspections.rating.compliant'), align: 'end', cell: (row) => count(row, (c) => c.compliant) },
    { id: 'partly', header: t('inspections.rating.partly'), align: 'end', cell: (row) => count(row, (c) => c.partly) },
    { id: 'notCompliant', header: t('inspections.rating.not_compliant'), align: 'end', cell: (row) => count(row, (c) => c.not_compliant) },
    { id: 'notApplicable', header: t('inspections.rating.not_applicable'), align: 'end', cell: (row) => count(row, (c) => c.not_applicable) },
    { id: 'open', header: t('inspections.scores.notAssessed'), align: 'end', cell: (row) => count(row, (c) => c.not_assessed + c.unanswered) },
  ];
  return <Table caption={caption} columns={columns} rows={rows} rowKey={(row) => row.key} emptyMessage={t('inspections.scores.none')} />;
}
