import { useTranslation } from 'react-i18next';
import type { RiskLevel } from '@shared/partners/criteria';
import { PARTNER_CRITERIA, RISK_LEVELS, suggestedRisk } from '@shared/partners/criteria';
import { RadioGroup } from '../../ui/RadioGroup';
import { Section } from '../../ui/Section';
import { TextArea } from '../../ui/TextArea';
import type { AssessmentFields } from './forms';
import { RISK_KEYS } from './labels';

type OverallRiskSectionProps = {
  fields: AssessmentFields;
  problem: (field: string) => string | undefined;
  onChange: (change: Partial<Pick<AssessmentFields, 'overallRisk' | 'summary'>>) => void;
};

/** The overall risk the adviser decides, beside the level the ratings suggest once every criterion is rated. */
export function OverallRiskSection({ fields, problem, onChange }: OverallRiskSectionProps) {
  const { t } = useTranslation();
  const ratings = PARTNER_CRITERIA.flatMap((criterion) => {
    const { rating } = fields.criteria[criterion];
    return rating === '' ? [] : [rating];
  });
  const suggestion = ratings.length === PARTNER_CRITERIA.length ? suggestedRisk(ratings) : undefined;
  return (
    <Section title={t('partners.assess.overall')}>
      <div className="partners-risk">
        <RadioGroup<RiskLevel | ''>
          legend={t('partners.assessment.overallRisk')}
          hint={suggestion === undefined ? t('partners.assess.riskHint') : t('partners.assess.suggestion', { risk: t(RISK_KEYS[suggestion]) })}
          error={problem('overallRisk')}
          options={RISK_LEVELS.map((value) => ({ value, label: t(RISK_KEYS[value]) }))}
          value={fields.overallRisk}
          onValueChange={(overallRisk) => { onChange({ overallRisk }); }}
        />
      </div>
      <TextArea label={t('partners.assessment.summary')} error={problem('summary')} value={fields.summary} onValueChange={(summary) => { onChange({ summary }); }} />
    </Section>
  );
}
