import { useTranslation } from 'react-i18next';
import type { IndicatorResult } from '@shared/inspection/indicatorStates';
import { Table } from '../../ui/Table';
import type { TableColumn } from '../../ui/tableTypes';
import { StateBadge } from './StateBadge';
import { useIndicatorText } from './useIndicatorText';

type IndicatorTableProps = {
  caption: string;
  results: readonly IndicatorResult[];
  /** Unit labels by id, to say which unit a facility figure comes from. */
  unitLabels?: ReadonlyMap<string, string>;
};

function ThresholdTags({ result }: { result: IndicatorResult }) {
  const { t } = useTranslation();
  return (
    <>
      {result.threshold.toVerify || result.threshold.sources.some((source) => source.toVerify === true) ? (
        <span className="tag tag-verify">{t('inspections.indicators.toVerify')}</span>
      ) : null}
      {result.threshold.edited === true ? <span className="tag">{t('inspections.indicators.edited')}</span> : null}
    </>
  );
}

function ValueCell({ result, unitLabels }: { result: IndicatorResult; unitLabels: ReadonlyMap<string, string> | undefined }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const unitLabel = result.unitId === undefined ? undefined : unitLabels?.get(result.unitId);
  return (
    <>
      <span className="indicator-value">{text.value(result)}</span>
      {unitLabel === undefined ? null : <span className="indicator-detail">{t('inspections.indicators.worstUnit', { unit: unitLabel })}</span>}
      {result.average === undefined ? null : (
        <span className="indicator-detail">{t('inspections.indicators.average', { value: text.measured(result.id, result.average) })}</span>
      )}
      {result.unitsUnknown === undefined || result.unitsUnknown === 0 ? null : (
        <span className="indicator-detail">{t('inspections.indicators.unitsUnknown', { count: result.unitsUnknown, number: text.number(result.unitsUnknown) })}</span>
      )}
    </>
  );
}

/** Indicators with the standard beside each value, the source cited and the state in words. */
export function IndicatorTable({ caption, results, unitLabels }: IndicatorTableProps) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const columns: TableColumn<IndicatorResult>[] = [
    { id: 'indicator', header: t('inspections.indicators.indicator'), isRowHeader: true, cell: (result) => text.label(result.id) },
    { id: 'value', header: t('inspections.indicators.value'), cell: (result) => <ValueCell result={result} unitLabels={unitLabels} /> },
    {
      id: 'standard',
      header: t('inspections.indicators.standardAndSource'),
      cell: (result) => (
        <>
          <span className="indicator-standard">{text.standard(result.id, result.threshold)}</span>
          <span className="indicator-detail">
            <bdi>{text.sources(result.threshold)}</bdi>
            <ThresholdTags result={result} />
          </span>
        </>
      ),
    },
    { id: 'state', header: t('inspections.indicators.state'), cell: (result) => <StateBadge state={result.state} /> },
  ];
  return <Table caption={caption} columns={columns} rows={results} rowKey={(result) => `${result.id}:${result.unitId ?? ''}`} emptyMessage={t('inspections.indicators.none')} />;
}
