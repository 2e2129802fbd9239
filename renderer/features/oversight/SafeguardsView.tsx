import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';
import { PrintButtons } from '../printing';
import { useOversightFacilities } from './queries';
import { SafeguardBreachesSection } from './SafeguardBreachesSection';
import type { MonthSpan } from './safeguardQueries';
import { MONTH_SPANS, useSafeguardAudit } from './safeguardQueries';
import { SafeguardRatesChart } from './SafeguardRatesChart';
import { SafeguardRatesSection } from './SafeguardRatesSection';
import { FEW_ASSESSED, useAuditFormat } from './useAuditFormat';

/**
 * The safeguard audit across facilities (issue P6 item 2): who is overdue or was breached
 * under each rule, and each facility's rates month by month, as tables and a chart.
 */
export function SafeguardsView() {
  const { t } = useTranslation();
  const format = useAuditFormat();
  const facilities = useOversightFacilities();
  const [span, setSpan] = useState<MonthSpan>('12');
  const audit = useSafeguardAudit(span);
  if (facilities.length === 0) return <p>{t('oversight.overview.empty')}</p>;
  const open = audit.breaches.filter((breach) => breach.isOpen).length;
  return (
    <div className="oversight-view safeguard-audit">
      <div className="safeguard-audit-toolbar">
        <SelectField<MonthSpan> label={t('oversight.safeguards.period')} value={span} onValueChange={setSpan}
          options={MONTH_SPANS.map((value) => ({ value, label: t('oversight.safeguards.lastMonths', { months: format.number(Number(value)) }) }))} />
        <PrintButtons pdfName="safeguard-audit" />
      </div>
      <p className="safeguard-audit-summary">
        {t('oversight.safeguards.summary', { open: format.number(open), total: format.number(audit.breaches.length), facilities: format.number(facilities.length) })}
      </p>
      <p className="field-hint">{t('oversight.safeguards.monthsNote', { few: format.number(FEW_ASSESSED) })}</p>
      <SafeguardBreachesSection breaches={audit.breaches} nowMs={audit.nowMs} format={format} />
      <SafeguardRatesSection facilities={facilities} rates={audit.facilities} format={format} />
      <SafeguardRatesChart facilities={facilities} rates={audit.facilities} format={format} />
    </div>
  );
}
