import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';
import { Banner } from '../../../ui/Banner';
import { Button } from '../../../ui/Button';
import { Section } from '../../../ui/Section';
import { useCustodyLabels } from '../../custody';
import { ChildFlag } from '../ChildFlag';
import { useAdmissionForm } from '../formContext';
import { SECTIONS } from '../formFields';
import { useNextRegisterLabel } from '../queries';
import { useProblemText } from '../useProblemText';
import { useStepTitle } from '../useStepTitle';
import type { StepProps } from './stepProps';

type ReviewStepProps = StepProps & { onAdmit: () => Promise<void> };

/** Fields still to fix, each a way to the field: nothing is written while one is listed. */
function ProblemSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const { view, goToField } = useAdmissionForm();
  const text = useProblemText();
  if (view.problems.length === 0) return null;
  const count = view.problems.length;
  return (
    <Banner tone="error" title={t('admission.review.problemsTitle', { count, number: format.number(count) })}>
      <ul className="admission-link-list">
        {view.problems.map((problem, index) => (
          <li key={`${problem.problem.code}:${problem.problem.path}:${String(index)}`}>
            <button type="button" className="link-button" onClick={() => { goToField(problem.problem.path); }}>
              {text.summary(problem)}
            </button>
          </li>
        ))}
      </ul>
    </Banner>
  );
}

/** Required fields that will be recorded as unknown, by section: listed before admitting, and kept as gaps on the record. */
function GapSummary() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useCustodyLabels();
  const titleOf = useStepTitle();
  const { view, goToField } = useAdmissionForm();
  const titleId = useId();
  const count = view.gaps.length;
  if (count === 0) return <p className="admission-no-gaps">{t('admission.review.noGaps')}</p>;
  const sections = SECTIONS.map((section) => ({ section, gaps: view.progress[section].gaps })).filter(({ gaps }) => gaps.length > 0);
  return (
    <section className="admission-gaps" aria-labelledby={titleId}>
      <h3 id={titleId} className="admission-gaps-title">
        {t('admission.review.gapsTitle', { count, number: format.number(count) })}
      </h3>
      <p className="field-hint">{t('admission.review.gapsHint')}</p>
      <dl className="admission-gap-sections">
        {sections.map(({ section, gaps }) => (
          <div key={section}>
            <dt>{titleOf(section)}</dt>
            <dd>
              <ul className="admission-link-list">
                {gaps.map((gap) => (
                  <li key={gap}>
                    <button type="button" className="link-button" onClick={() => { goToField(gap); }}>
                      {labels.field(gap)}
                    </button>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** The last step: problems to fix, gaps that will stay, the number to be assigned, and the one button that writes. */
export function ReviewStep({ headingRef, onAdmit }: ReviewStepProps) {
  const { t } = useTranslation();
  const next = useNextRegisterLabel();
  const [isBusy, setIsBusy] = useState(false);
  const admit = async () => {
    setIsBusy(true);
    try {
      await onAdmit();
    } finally {
      setIsBusy(false);
    }
  };
  return (
    <Section title={t('admission.review.title')} hint={t('admission.review.hint')} headingRef={headingRef}>
      <ProblemSummary />
      <ChildFlag />
      <GapSummary />
      {next === undefined ? null : (
        <p className="admission-next-number">
          {t('admission.review.nextNumber')}{' '}
          <bdi className="register-number" dir="ltr" translate="no">
            {next}
          </bdi>
          <span className="field-hint admission-next-number-note">{t('admission.review.nextNumberNote')}</span>
        </p>
      )}
      <Button variant="primary" isBusy={isBusy} busyLabel={t('admission.review.admitting')} onClick={() => void admit()}>
        {t('admission.review.admit')}
      </Button>
    </Section>
  );
}
