import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { PeriodChoice, PeriodProblem } from './period';
import { lastDays, MAX_PERIOD_DAYS, periodProblem } from './period';
import { usePopulationStore } from './populationStore';
import type { RegisterChoice } from './queries';
import { useRegisterChoices } from './queries';
import type { PopulationFormat } from './usePopulationFormat';

const PROBLEM_KEYS: Readonly<Record<PeriodProblem, TranslationKey>> = {
  'from-invalid': 'population.period.errors.from-invalid',
  'to-invalid': 'population.period.errors.to-invalid',
  order: 'population.period.errors.order',
  'too-long': 'population.period.errors.too-long',
};

const PRESETS: readonly { days: number; key: TranslationKey }[] = [
  { days: 7, key: 'population.period.last7' },
  { days: 30, key: 'population.period.last30' },
  { days: 365, key: 'population.period.last365' },
];

type PeriodFormProps = { register: RegisterChoice; shown: PeriodChoice; nowMs: number; format: PopulationFormat };

/** Whose register and which days: the dates as typed, checked at once, with quick choices. */
export function PeriodForm({ register, shown, nowMs, format }: PeriodFormProps) {
  const { t } = useTranslation();
  const registers = useRegisterChoices();
  const draft = usePopulationStore((state) => state.draft) ?? shown;
  const setDraft = usePopulationStore((state) => state.setDraft);
  const setLedger = usePopulationStore((state) => state.setLedger);
  const problem = periodProblem(draft);
  const error = problem === undefined ? undefined : t(PROBLEM_KEYS[problem], { max: MAX_PERIOD_DAYS });
  const change = (next: PeriodChoice) => {
    setDraft(next, periodProblem(next) === undefined);
  };
  return (
    <Section title={t('population.period.title')} hint={t('population.period.hint')}>
      {registers.length > 1 ? (
        <SelectField label={t('population.period.register')} options={registers.map((item) => ({ value: item.ledger, label: item.name }))} value={register.ledger} onValueChange={setLedger} />
      ) : null}
      <div className="population-period-dates">
        <TextField type="date" label={t('population.period.from')} value={draft.from} error={problem === 'to-invalid' ? undefined : error} onValueChange={(from) => { change({ ...draft, from }); }} />
        <TextField type="date" label={t('population.period.to')} value={draft.to} error={problem === 'to-invalid' ? error : undefined} onValueChange={(to) => { change({ ...draft, to }); }} />
      </div>
      <div className="population-presets" role="group" aria-label={t('population.period.presets')}>
        {PRESETS.map((preset) => (
          <Button key={preset.days} onClick={() => { change(lastDays(preset.days, nowMs, register.timeZone)); }}>
            {t(preset.key)}
          </Button>
        ))}
      </div>
      {problem === undefined ? null : <p className="population-stale">{t('population.period.showingStale', { from: format.day(shown.from), to: format.day(shown.to) })}</p>}
    </Section>
  );
}
