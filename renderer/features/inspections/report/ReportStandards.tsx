import { useTranslation } from 'react-i18next';
import type { IndicatorId } from '@shared/inspection/indicatorDefinitions';
import { INDICATOR_IDS } from '@shared/inspection/indicatorDefinitions';
import type { IndicatorProfile } from '@shared/inspection/indicatorProfiles';
import { Table } from '../../../ui/Table';
import type { TableColumn } from '../../../ui/tableTypes';
import { useTemplateLanguage } from '../queries';
import { useIndicatorText } from '../useIndicatorText';

/** The figures this inspection was held to, as recorded with it, each with its source and status. */
export function ReportStandards({ profile }: { profile: IndicatorProfile }) {
  const { t } = useTranslation();
  const text = useIndicatorText();
  const language = useTemplateLanguage();
  const status = (id: IndicatorId) =>
    [
      profile.thresholds[id].toVerify || profile.thresholds[id].sources.some((source) => source.toVerify === true) ? t('inspections.indicators.toVerify') : '',
      profile.thresholds[id].edited === true ? t('inspections.indicators.edited') : '',
      profile.thresholds[id].note?.[language] ?? '',
    ]
      .filter((part) => part !== '')
      .join(' · ');
  const columns: TableColumn<IndicatorId>[] = [
    { id: 'indicator', header: t('inspections.indicators.indicator'), isRowHeader: true, cell: (id) => text.label(id) },
    { id: 'standard', header: t('inspections.indicators.standard'), cell: (id) => text.standard(id, profile.thresholds[id]) },
    { id: 'source', header: t('inspections.indicators.source'), cell: (id) => <bdi>{text.sources(profile.thresholds[id])}</bdi> },
    { id: 'status', header: t('inspections.thresholds.status'), cell: status },
  ];
  return (
    <>
      <p>{t('inspections.report.profileUsed', { profile: profile.title[language] })}</p>
      <p>{t('inspections.report.forceLegend')}</p>
      <Table caption={t('inspections.thresholds.caption')} columns={columns} rows={INDICATOR_IDS} rowKey={(id) => id} emptyMessage="" />
    </>
  );
}
