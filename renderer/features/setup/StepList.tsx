import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { SetupStep } from './setupSteps';
import { SETUP_STEP_TITLES, SETUP_STEPS } from './setupSteps';

type StepListProps = { current: SetupStep };

/** Where the person is in the setup, and how much is left. */
export function StepList({ current }: StepListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const currentIndex = SETUP_STEPS.indexOf(current);
  return (
    <nav aria-label={t('setup.progressLabel')} className="step-list-nav">
      <ol className="step-list">
        {SETUP_STEPS.map((step, index) => (
          <li
            key={step}
            className={index < currentIndex ? 'step step-done' : index === currentIndex ? 'step step-current' : 'step'}
            aria-current={index === currentIndex ? 'step' : undefined}
          >
            <span className="step-number" aria-hidden="true">
              {format.number(index + 1)}
            </span>
            <span className="step-title">{t(SETUP_STEP_TITLES[step])}</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}
