import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { Section } from '../../ui/Section';
import { AdminStep } from './AdminStep';
import { CreatingStep } from './CreatingStep';
import { FacilityStep } from './FacilityStep';
import { LanguageStep } from './LanguageStep';
import { SETUP_STEP_TITLES } from './setupSteps';
import { StepList } from './StepList';
import { useSetupWizard } from './useSetupWizard';

/** First run: language, facility profile, first administrator, then the keys and the register are created. */
export function SetupWizard() {
  const { t } = useTranslation();
  const wizard = useSetupWizard();
  const { step, setStep, profile } = wizard;
  const title = t('setup.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('setup.intro')}>
      <StepList current={step} />
      <Section title={t(SETUP_STEP_TITLES[step])} headingRef={wizard.headingRef}>
        {step === 'language' ? <LanguageStep onNext={() => { setStep('facility'); }} /> : null}
        {step === 'facility' ? (
          <FacilityStep values={wizard.facility} onChange={wizard.setFacility} onBack={() => { setStep('language'); }} onNext={wizard.acceptFacility} />
        ) : null}
        {step === 'admin' && profile !== null ? (
          <AdminStep facilityName={profile.name} onBack={() => { setStep('facility'); }} onCreate={wizard.create} />
        ) : null}
        {step === 'creating' ? <CreatingStep progress={wizard.progress} hasFailed={wizard.hasFailed} onRetry={() => { setStep('admin'); }} /> : null}
      </Section>
    </Page>
  );
}
