import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SafeguardRuleId } from '@shared/custody/safeguards';
import type { SafeguardTally } from '@shared/sharing/aggregate';
import type { DelaySummary, FacilityRates, MonthRates } from '@shared/oversight/safeguardRates';
import { totalsOver } from '@shared/oversight/safeguardRates';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import type { TableColumn } from '../../ui/tableTypes';
import { AuditTable } from './AuditTable';
import { useCustodyLabels } from '../custody';
import type { OversightFacility } from './queries';
import type { AuditFormat } from './useAuditFormat';

/** The rules shown month by month: the first hours and days of custody, when people disappear or are ill-treated. */
export const HEADLINE_RULES: readonly SafeguardRuleId[] = ['registration-delay', 'judge-appearance', 'lawyer-access', 'family-notified', 'medical-exam'];

type RatesProps = { facilities: readonly OversightFacility[]; rates: readonly FacilityRates[]; format: AuditFormat };

function tallyOf(month: MonthRates, ruleId: SafeguardRuleId): SafeguardTally | undefined {
  return month.safeguards.find((tally) => tally.ruleId === ruleId);
}

function useMonthColumns(format: AuditFormat): TableColumn<MonthRates>[] {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const median = (delay: DelaySummary) => (delay.medianMs === undefined ? t('oversight.safeguards.rate.none') : t('oversight.safeguards.median', { duration: format.duration(delay.medianMs), people: format.number(delay.known) }));
  return [
    { id: 'month', header: t('oversight.safeguards.column.month'), isRowHeader: true, cell: (month) => format.month(month.month) },
    { id: 'admitted', header: t('oversight.safeguards.column.admitted'), align: 'end', cell: (month) => format.number(month.admitted) },
    ...HEADLINE_RULES.map((ruleId): TableColumn<MonthRates> => ({
      id: ruleId, header: labels.safeguardRule(ruleId), align: 'end',
      cell: (month) => { const tally = tallyOf(month, ruleId); return tally === undefined ? null : format.rate(tally); },
    })),
    { id: 'arrest', header: t('oversight.safeguards.column.arrestToEntry'), align: 'end', cell: (month) => median(month.arrestToEntry) },
    { id: 'entry', header: t('oversight.safeguards.column.admissionToEntry'), align: 'end', cell: (month) => median(month.admissionToEntry) },
    { id: 'solitary', header: t('oversight.safeguards.column.solitary'), align: 'end', cell: (month) => (month.solitary.started === 0 ? t('oversight.safeguards.noEpisode') : format.ofTotal(month.solitary.overLimit, month.solitary.started)) },
  ];
}

function useRuleColumns(format: AuditFormat): TableColumn<SafeguardTally>[] {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const count = (id: string, header: string, value: (tally: SafeguardTally) => number): TableColumn<SafeguardTally> => ({ id, header, align: 'end', cell: (tally) => format.number(value(tally)) });
  return [
    { id: 'rule', header: t('oversight.safeguards.column.rule'), isRowHeader: true, cell: (tally) => labels.safeguardRule(tally.ruleId) },
    count('assessed', t('oversight.safeguards.column.assessed'), (tally) => tally.met + tally.overdue + tally.unknown),
    count('met', t('oversight.safeguards.column.met'), (tally) => tally.met),
    count('late', t('oversight.safeguards.column.metLate'), (tally) => tally.late),
    count('breached', t('oversight.safeguards.column.breached'), (tally) => tally.overdue - tally.late),
    count('unknown', t('oversight.safeguards.column.unknown'), (tally) => tally.unknown),
    count('due', t('oversight.safeguards.column.notYetDue'), (tally) => tally.due),
    { id: 'rate', header: t('oversight.safeguards.column.rate'), align: 'end', cell: format.rate },
  ];
}

/** One facility's rates: month by month for the first duties of custody, then every rule over the whole period. */
export function SafeguardRatesSection({ facilities, rates, format }: RatesProps) {
  const { t } = useTranslation();
  const [ledger, setLedger] = useState('');
  const chosen = facilities.find((facility) => facility.ledger === ledger) ?? facilities[0];
  const months = rates.find((facility) => facility.ledger === chosen?.ledger)?.months ?? [];
  const monthColumns = useMonthColumns(format);
  const ruleColumns = useRuleColumns(format);
  if (chosen === undefined) return null;
  const range = { from: format.month(months[0]?.month ?? ''), to: format.month(months.at(-1)?.month ?? '') };
  return (
    <Section title={t('oversight.safeguards.ratesTitle')} hint={t('oversight.safeguards.ratesHint')}>
      <SelectField label={t('oversight.safeguards.filter.ratesFacility')} value={chosen.ledger} onValueChange={setLedger}
        options={facilities.map((facility) => ({ value: facility.ledger, label: facility.name }))} />
      <AuditTable caption={t('oversight.safeguards.monthsCaption', { facility: chosen.name, ...range })} columns={monthColumns}
        rows={[...months].reverse()} rowKey={(month) => month.month} emptyMessage={t('oversight.safeguards.noMonths')} />
      <AuditTable caption={t('oversight.safeguards.rulesCaption', { facility: chosen.name, ...range })} columns={ruleColumns}
        rows={totalsOver(months)} rowKey={(tally) => tally.ruleId} emptyMessage={t('oversight.safeguards.noMonths')} />
    </Section>
  );
}
