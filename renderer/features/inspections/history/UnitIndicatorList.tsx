import { useTranslation } from 'react-i18next';
import type { IndicatorReport } from '@shared/inspection/indicators';
import { useFormat } from '../../../i18n/useFormat';
import { IndicatorTable } from '../IndicatorTable';

/** Each unit's own indicators, folded away: the facility figures above already name the worst unit. */
export function UnitIndicatorList({ report }: { report: IndicatorReport }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (report.units.length === 0) return null;
  return (
    <details className="unit-indicators">
      <summary>{t('inspections.indicators.perUnit', { count: report.units.length, number: format.number(report.units.length) })}</summary>
      {report.units.map((unit) => (
        <IndicatorTable key={unit.unitId} caption={t('inspections.units.indicatorsOf', { unit: unit.label })} results={unit.results} />
      ))}
    </details>
  );
}
