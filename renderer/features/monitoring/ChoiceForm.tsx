import { useTranslation } from 'react-i18next';
import type { TranslationKey } from '../../i18n/translationKey';
import { RadioGroup } from '../../ui/RadioGroup';
import { Section } from '../../ui/Section';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import type { Comparison, DateProblem } from './useComparison';
import type { ComparisonMode, CustomDates } from './monitoringStore';
import { COMPARISON_MODES, useMonitoringStore } from './monitoringStore';
import type { MonitoringSubject } from './subjects';
import { subjectLabel } from './subjectLabel';
import type { MonitoringText } from './useMonitoringText';

const MODE_KEYS: Readonly<Record<ComparisonMode, TranslationKey>> = {
  quarters: 'monitoring.choice.quarters',
  support: 'monitoring.choice.support',
  custom: 'monitoring.choice.custom',
};

const PROBLEM_KEYS: Readonly<Record<DateProblem, TranslationKey>> = {
  'from-invalid': 'monitoring.choice.errors.from-invalid',
  'to-invalid': 'monitoring.choice.errors.to-invalid',
  order: 'monitoring.choice.errors.order',
  future: 'monitoring.choice.errors.future',
  missing: 'monitoring.choice.errors.missing',
};

const CUSTOM_FIELDS: readonly { id: keyof CustomDates; key: TranslationKey }[] = [
  { id: 'baselineFrom', key: 'monitoring.choice.baselineFrom' },
  { id: 'baselineTo', key: 'monitoring.choice.baselineTo' },
  { id: 'comparisonFrom', key: 'monitoring.choice.comparisonFrom' },
  { id: 'comparisonTo', key: 'monitoring.choice.comparisonTo' },
];

function SupportField({ subject, comparison, text }: { subject: MonitoringSubject; comparison: Comparison; text: MonitoringText }) {
  const { t } = useTranslation();
  const setSupportStart = useMonitoringStore((state) => state.setSupportStart);
  const { suggestion } = comparison;
  const hint = suggestion !== undefined
    ? t('monitoring.choice.supportFromDecision', { partner: comparison.suggestionPartner ?? t('monitoring.choice.unnamedPartner'), date: text.day(suggestion.date) })
    : subject.kind === 'facility' && subject.partnerIds.length === 0 ? t('monitoring.choice.supportFacilityNoPartner') : t('monitoring.choice.supportNoDecision');
  const problem = comparison.supportProblem;
  return (
    <TextField type="date" label={t('monitoring.choice.supportStart')} hint={hint} value={comparison.supportStart} error={problem === undefined ? undefined : t(PROBLEM_KEYS[problem])} onValueChange={(date) => { setSupportStart(subject.key, date); }} />
  );
}

function CustomFields({ comparison }: { comparison: Comparison }) {
  const { t } = useTranslation();
  const setCustom = useMonitoringStore((state) => state.setCustom);
  return (
    <div className="monitoring-dates">
      {CUSTOM_FIELDS.map(({ id, key }) => {
        const problem = comparison.customErrors[id];
        return <TextField key={id} type="date" label={t(key)} value={comparison.custom[id]} error={problem === undefined ? undefined : t(PROBLEM_KEYS[problem])} onValueChange={(date) => { setCustom({ ...comparison.custom, [id]: date }); }} />;
      })}
    </div>
  );
}

type ChoiceFormProps = { subjects: readonly MonitoringSubject[]; subject: MonitoringSubject; comparison: Comparison; text: MonitoringText };

/** Which facility or partner, and which two periods. */
export function ChoiceForm({ subjects, subject, comparison, text }: ChoiceFormProps) {
  const { t } = useTranslation();
  const setSubject = useMonitoringStore((state) => state.setSubject);
  const setMode = useMonitoringStore((state) => state.setMode);
  const options = subjects.map((item) => ({ value: item.key, label: subjectLabel(item, t) }));
  return (
    <Section title={t('monitoring.choice.title')}>
      <SelectField label={t('monitoring.choice.subject')} options={options} value={subject.key} onValueChange={setSubject} />
      <RadioGroup legend={t('monitoring.choice.comparison')} options={COMPARISON_MODES.map((mode) => ({ value: mode, label: t(MODE_KEYS[mode]) }))} value={comparison.mode} onValueChange={setMode} />
      {comparison.mode === 'support' ? <SupportField subject={subject} comparison={comparison} text={text} /> : null}
      {comparison.mode === 'custom' ? <CustomFields comparison={comparison} /> : null}
    </Section>
  );
}
