import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { datedInspection } from '@shared/inspection/inspectionsProjection';
import type { DatedInspection } from '@shared/inspection/trends';
import { Section } from '../../../ui/Section';
import { SelectField } from '../../../ui/SelectField';
import { useInspectionRecords, useInspectionsState } from '../queries';
import { viewHref } from '../viewParams';
import { CategoryTrendChart } from './CategoryTrendChart';
import { IndicatorTrendChart } from './IndicatorTrendChart';

/** One facility's category scores and indicators across its inspections, oldest first. */
export function TrendsView({ facility }: { facility: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useInspectionsState();
  const all = useInspectionRecords();
  const facilities = [...new Map(all.map((record) => [record.payload.facility.code, record.payload.facility.name]))];
  const code = facility ?? facilities[0]?.[0] ?? null;
  const records = useInspectionRecords(code ?? undefined);
  const inspections = useMemo(
    () =>
      records.flatMap((record): DatedInspection[] => {
        const dated = datedInspection(state, record);
        return dated === undefined ? [] : [dated];
      }),
    [state, records],
  );
  if (code === null) return <p>{t('inspections.history.empty')}</p>;
  return (
    <>
      {facilities.length > 1 ? (
        <SelectField
          label={t('inspections.fields.facility')}
          options={facilities.map(([value, name]) => ({ value, label: `${name} (${value})` }))}
          value={code}
          onValueChange={(value) => void navigate(viewHref({ kind: 'trends', facility: value }))}
        />
      ) : null}
      {inspections.length < 2 ? <p className="field-hint">{t('inspections.trends.needTwo')}</p> : null}
      <Section title={t('inspections.trends.categoriesTitle')}>
        <CategoryTrendChart inspections={inspections} />
      </Section>
      <Section title={t('inspections.trends.indicatorsTitle')}>
        <IndicatorTrendChart inspections={inspections} />
      </Section>
    </>
  );
}
