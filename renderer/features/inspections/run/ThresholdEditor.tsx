import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import type { IndicatorProfile } from '@shared/inspection/indicatorProfiles';
import { Button } from '../../../ui/Button';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { useIndicatorText } from '../useIndicatorText';
import { ThresholdDialog } from './ThresholdDialog';

/**
 * The figures the indicators are held to. Those domain.md leaves unconfirmed are labelled
 * "to verify", and any figure can be set to a national one; a changed figure is marked
 * "changed" here, in the summary and in the report.
 */
export function ThresholdEditor({ profile }: { profile: IndicatorProfile }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const [editing, setEditing] = useState<IndicatorId | null>(null);
  const columns: TableColumn<IndicatorId>[] = [
    { id: 'indicator', header: t('inspections.indicators.indicator'), isRowHeader: true, cell: (id) => text.label(id) },
    { id: 'standard', header: t('inspections.indicators.standard'), cell: (id) => text.standard(id, profile.thresholds[id]) },
    {
      id: 'status',
      header: t('inspections.thresholds.status'),
      cell: (id) => (
        <>
          {profile.thresholds[id].toVerify ? <span className="tag tag-verify">{t('inspections.indicators.toVerify')}</span> : null}
          {profile.thresholds[id].edited === true ? <span className="tag">{t('inspections.indicators.edited')}</span> : null}
        </>
      ),
    },
    {
      id: 'change',
      header: t('inspections.thresholds.change'),
      cell: (id) => (
        <Button onClick={() => { setEditing(id); }}>{t('inspections.thresholds.changeOne', { indicator: text.label(id) })}</Button>
      ),
    },
  ];
  return (
    <details className="threshold-editor">
      <summary>{t('inspections.thresholds.title')}</summary>
      <p className="field-hint">{t('inspections.thresholds.hint')}</p>
      <Table caption={t('inspections.thresholds.caption')} columns={columns} rows={INDICATOR_IDS} rowKey={(id) => id} emptyMessage="" />
      {editing === null ? null : <ThresholdDialog profile={profile} indicator={editing} onClose={() => { setEditing(null); }} />}
    </details>
  );
}
