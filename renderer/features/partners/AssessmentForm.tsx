import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { PartnerCriterion } from '@shared/partners/criteria';
import { CRITERION_RATINGS, PARTNER_CRITERIA } from '@shared/partners/criteria';
import type { PartnerView } from '@shared/partners/views';
import { useDialogCommand } from '../../stores/useDialogCommand';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { TextField } from '../../ui/TextField';
import { useSession } from '../../vault/useSession';
import { assessPartner } from './commands';
import { CriterionFields } from './CriterionFields';
import type { AssessmentFields, CriterionFields as CriterionValues } from './forms';
import { checkAssessment } from './forms';
import { RATING_KEYS } from './labels';
import { OverallRiskSection } from './OverallRiskSection';
import { partnerHref } from './routes';
import { useCheckedForm } from '../../ui/useCheckedForm';
import { useProblemText } from './useProblemText';
import { useToday } from '../../custody';

const EMPTY_CRITERIA = Object.fromEntries(PARTNER_CRITERIA.map((criterion) => [criterion, { rating: '', evidence: '', note: '' }])) as Record<PartnerCriterion, CriterionValues>;

/** The rating scale, once, so every criterion is rated on the same words. */
function ScaleLegend() {
  const { t } = useTranslation();
  return (
    <dl className="partners-scale">
      {CRITERION_RATINGS.map((rating) => (
        <div key={rating}>
          <dt>{t(RATING_KEYS[rating].name)}</dt>
          <dd>{t(RATING_KEYS[rating].meaning)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A new assessment of the partner: a new version; the earlier ones stay as they were. */
export function AssessmentForm({ partner }: { partner: PartnerView }) {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const [fields, setFields] = useState<AssessmentFields>({ assessedOn: useToday(), criteria: EMPTY_CRITERIA, overallRisk: '', summary: '' });
  const back = () => void navigate(partnerHref(partner.id));
  const { isBusy, run } = useDialogCommand(back, 'partners.assess.failed');
  const { formRef, errors, submit } = useCheckedForm(() => checkAssessment(fields), (assessment) => void run(() => assessPartner(session, partner.id, assessment), 'partners.assess.saved'));
  const problem = useProblemText(errors);
  const change = (criterion: PartnerCriterion, part: Partial<CriterionValues>) => {
    setFields((current) => ({ ...current, criteria: { ...current.criteria, [criterion]: { ...current.criteria[criterion], ...part } } }));
  };
  const errorCount = Object.keys(errors).length;
  return (
    <form ref={formRef} noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
      {errorCount > 0 ? <Banner tone="error" title={t('partners.assess.problems')} /> : null}
      <Section title={t('partners.assess.when')}>
        <TextField type="date" label={t('partners.assess.assessedOn')} error={problem('assessedOn')} value={fields.assessedOn} onValueChange={(assessedOn) => { setFields((current) => ({ ...current, assessedOn })); }} />
      </Section>
      <Section title={t('partners.assess.criteria')} hint={t('partners.assess.scaleHint')}>
        <ScaleLegend />
        {PARTNER_CRITERIA.map((criterion) => (
          <CriterionFields key={criterion} criterion={criterion} fields={fields.criteria[criterion]} problem={problem} onChange={(part) => { change(criterion, part); }} />
        ))}
      </Section>
      <OverallRiskSection fields={fields} problem={problem} onChange={(change) => { setFields((current) => ({ ...current, ...change })); }} />
      <div className="button-row">
        <Button type="submit" variant="primary" isBusy={isBusy} busyLabel={t('partners.saving')}>{t('partners.assess.submit')}</Button>
        <Link className="button button-secondary" to={partnerHref(partner.id)}>{t('dialog.cancel')}</Link>
      </div>
    </form>
  );
}
