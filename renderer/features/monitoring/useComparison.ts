/**
 * The two periods the screen compares, from the adviser's choice: last quarter against
 * the quarter before, since support began (the first decision on support suggests the
 * day, the adviser may change it), or four dates. Dates as typed are checked here, and
 * nothing is compared while one is wrong.
 */
import type { ComparisonPeriods } from '@shared/monitoring/periods';
import { lastQuarters, sinceSupport } from '@shared/monitoring/periods';
import type { SupportStart } from '@shared/monitoring/support';
import type { CalendarPeriodProblem } from '@shared/sharing/period';
import { calendarPeriodProblem } from '@shared/sharing/period';
import { useToday } from '../../custody';
import { usePartnersState } from '../partners';
import type { ComparisonMode, CustomDates } from './monitoringStore';
import { useMonitoringStore } from './monitoringStore';
import type { MonitoringSubject } from './subjects';
import { suggestedSupportStart } from './subjects';

/** What is wrong with a date typed. */
export type DateProblem = CalendarPeriodProblem | 'future' | 'missing';

export type CustomErrors = Partial<Record<keyof CustomDates, DateProblem>>;

export type Comparison = {
  readonly mode: ComparisonMode;
  /** Undefined while a date is wrong or missing. */
  readonly periods: ComparisonPeriods | undefined;
  readonly supportStart: string;
  readonly suggestion: SupportStart | undefined;
  /** The name of the partner whose decision suggests the day, if its profile is held. */
  readonly suggestionPartner: string | undefined;
  readonly supportProblem: DateProblem | undefined;
  readonly custom: CustomDates;
  readonly customErrors: CustomErrors;
};

function supportProblemOf(start: string, today: string): DateProblem | undefined {
  if (start === '') return 'missing';
  if (calendarPeriodProblem({ from: start, to: start }) !== undefined) return 'from-invalid';
  return start > today ? 'future' : undefined;
}

function customErrorsOf(dates: CustomDates): CustomErrors {
  const errors: CustomErrors = {};
  const baseline = calendarPeriodProblem({ from: dates.baselineFrom, to: dates.baselineTo });
  if (baseline !== undefined) errors[baseline === 'from-invalid' ? 'baselineFrom' : 'baselineTo'] = baseline;
  const comparison = calendarPeriodProblem({ from: dates.comparisonFrom, to: dates.comparisonTo });
  if (comparison !== undefined) errors[comparison === 'from-invalid' ? 'comparisonFrom' : 'comparisonTo'] = comparison;
  return errors;
}

function periodsOf(mode: ComparisonMode, today: string, support: { start: string; problem: DateProblem | undefined }, custom: { dates: CustomDates; errors: CustomErrors }): ComparisonPeriods | undefined {
  if (mode === 'quarters') return lastQuarters(today);
  if (mode === 'support') return support.problem === undefined ? sinceSupport(support.start, today) : undefined;
  if (Object.keys(custom.errors).length > 0) return undefined;
  const { baselineFrom, baselineTo, comparisonFrom, comparisonTo } = custom.dates;
  return { baseline: { from: baselineFrom, to: baselineTo }, comparison: { from: comparisonFrom, to: comparisonTo } };
}

export function useComparison(subject: MonitoringSubject | undefined): Comparison {
  const today = useToday();
  const partners = usePartnersState();
  const mode = useMonitoringStore((state) => state.mode);
  const typedCustom = useMonitoringStore((state) => state.custom);
  const typedStart = useMonitoringStore((state) => (subject === undefined ? undefined : state.supportStarts[subject.key]));
  const suggestion = subject === undefined ? undefined : suggestedSupportStart(subject, partners);
  const supportStart = typedStart ?? suggestion?.date ?? '';
  const supportProblem = supportProblemOf(supportStart, today);
  const quarters = lastQuarters(today);
  const custom = typedCustom ?? { baselineFrom: quarters.baseline.from, baselineTo: quarters.baseline.to, comparisonFrom: quarters.comparison.from, comparisonTo: quarters.comparison.to };
  const customErrors = customErrorsOf(custom);
  const periods = periodsOf(mode, today, { start: supportStart, problem: supportProblem }, { dates: custom, errors: customErrors });
  const suggestionPartner = suggestion === undefined ? undefined : partners.partners.get(suggestion.partnerId)?.profiles.at(-1)?.payload.name;
  return { mode, periods, supportStart, suggestion, suggestionPartner, supportProblem, custom, customErrors };
}
