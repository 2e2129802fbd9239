import { useTranslation } from 'react-i18next';
import type { PeriodChoice, PeriodChoiceProblem, PeriodPreset } from '@shared/sharing/period';
import { PERIOD_PRESETS, periodChoiceProblem, resolvePeriodChoice } from '@shared/sharing/period';
import type { TranslationKey } from '../../i18n/translationKey';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { PERIOD_PRESET_KEYS } from './labels';
import { useCalendarDate } from './useCalendarDate';

const PROBLEM_KEYS: Readonly<Record<PeriodChoiceProblem, TranslationKey>> = {
  'from-invalid': 'partners.period.problem.fromInvalid',
  'to-invalid': 'partners.period.problem.toInvalid',
  order: 'partners.period.problem.order',
  'from-future': 'partners.period.problem.fromFuture',
  'to-future': 'partners.period.problem.toFuture',
};

type PeriodPickerProps = {
  choice: PeriodChoice;
  /** The last day a period may cover. */
  today: string;
  onChange: (choice: PeriodChoice) => void;
};

/**
 * The period of shared statistics and of a report: a preset, a start date, or two dates,
 * checked as chosen (no date after today, the end not before the start), with the days it
 * covers spelled out. Nothing is written: the screen keeps the choice (in the address for a report).
 */
export function PeriodPicker({ choice, today, onChange }: PeriodPickerProps) {
  const { t } = useTranslation();
  const calendarDate = useCalendarDate();
  const problem = periodChoiceProblem(choice, today);
  const period = resolvePeriodChoice(choice, today);
  const message = problem === undefined ? undefined : t(PROBLEM_KEYS[problem], { today: calendarDate(today) });
  const isFromWrong = problem === 'from-invalid' || problem === 'from-future';
  const isToWrong = problem === 'to-invalid' || problem === 'to-future' || problem === 'order';
  // Another preset starts from the days shown so far, ready to be adjusted.
  const choose = (preset: PeriodPreset) => {
    onChange({ preset, ...resolvePeriodChoice({ preset, from: period.from, to: period.to }, today) });
  };
  return (
    <div className="partners-period-picker">
      <SelectField<PeriodPreset> label={t('partners.period.label')} options={PERIOD_PRESETS.map((preset) => ({ value: preset, label: t(PERIOD_PRESET_KEYS[preset]) }))} value={choice.preset} onValueChange={choose} />
      {choice.preset === 'since' || choice.preset === 'custom' ? (
        <div className="partners-period">
          <TextField type="date" max={today} label={t(choice.preset === 'since' ? 'partners.period.since' : 'partners.period.from')} error={isFromWrong || (choice.preset === 'since' && problem !== undefined) ? message : undefined} value={choice.from} onValueChange={(from) => { onChange({ ...choice, from }); }} />
          {choice.preset === 'custom' ? <TextField type="date" max={today} label={t('partners.period.to')} error={isToWrong ? message : undefined} value={choice.to} onValueChange={(to) => { onChange({ ...choice, to }); }} /> : null}
        </div>
      ) : null}
      <p className="partners-period-covers" role="status">
        {problem === undefined ? t('partners.period.covers', { from: calendarDate(period.from), to: calendarDate(period.to) }) : null}
      </p>
    </div>
  );
}
