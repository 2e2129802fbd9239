import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Answer } from '@shared/inspection/answers';
import { CATEGORY_LABELS } from '@shared/inspection/categories';
import type { ItemComparison } from '@shared/inspection/comparison';
import type { Template } from '@shared/inspection/template';
import { itemsById } from '@shared/inspection/template';
import type { DatedInspection } from '@shared/inspection/trends';
import { useFormat } from '../../../i18n/useFormat';
import { Checkbox } from '../../../ui/Checkbox';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { RATING_KEYS } from '../labels';
import { useTemplateLanguage } from '../queries';
import { OutcomeBadge } from './OutcomeBadge';

type ItemComparisonTableProps = { items: readonly ItemComparison[]; before: DatedInspection; after: DatedInspection };

function useAnswerText(): (answer: Answer | undefined) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (answer) => {
    if (answer === undefined) return t('inspections.compare.noAnswer');
    if (answer.kind === 'assessment') return t(RATING_KEYS[answer.rating]);
    if (answer.kind === 'text') return answer.value;
    return format.number(answer.value);
  };
}

function useLabelOf(before: Template, after: Template): (itemId: string) => string {
  const language = useTemplateLanguage();
  const items = useMemo(() => ({ before: itemsById(before), after: itemsById(after) }), [before, after]);
  return (itemId) => (items.after.get(itemId) ?? items.before.get(itemId))?.item.label[language] ?? itemId;
}

/** Every item of either inspection, with both answers and how it moved; by default only those that moved. */
export function ItemComparisonTable({ items, before, after }: ItemComparisonTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const answerText = useAnswerText();
  const labelOf = useLabelOf(before.template, after.template);
  const [isMovedOnly, setIsMovedOnly] = useState(true);
  const shown = isMovedOnly ? items.filter((item) => item.outcome === 'improved' || item.outcome === 'worse' || item.outcome === 'changed') : items;
  const columns: TableColumn<ItemComparison>[] = [
    { id: 'item', header: t('inspections.compare.item'), isRowHeader: true, cell: (row) => labelOf(row.itemId) },
    { id: 'category', header: t('inspections.scores.category'), cell: (row) => CATEGORY_LABELS[row.category][language] },
    { id: 'before', header: t('inspections.compare.before'), cell: (row) => answerText(row.before) },
    { id: 'after', header: t('inspections.compare.after'), cell: (row) => answerText(row.after) },
    { id: 'outcome', header: t('inspections.compare.outcome'), cell: (row) => <OutcomeBadge outcome={row.outcome} /> },
  ];
  return (
    <>
      <Checkbox label={t('inspections.compare.movedOnly')} checked={isMovedOnly} onCheckedChange={setIsMovedOnly} />
      <Table
        caption={t('inspections.compare.itemsCaption', { shown: format.number(shown.length), total: format.number(items.length) })}
        columns={columns}
        rows={shown}
        rowKey={(row) => row.itemId}
        emptyMessage={t('inspections.compare.nothingMoved')}
      />
    </>
  );
}
