import { useEffect, useRef, useState } from 'react';
import type { FacilityProfile } from '@shared/ledger/coreEventTypes';
import { deviceTimeZone } from '../../i18n/format';
import type { SetupProgress } from '../../vault/setup';
import { useVault } from '../../vault/useVault';
import { emptyFacilityForm } from './facilityForm';
import type { SetupStep } from './setupSteps';

/** The wizard's step, the facility as typed and as checked, and the creation in progress. */
export function useSetupWizard() {
  const { calibrate, setUp } = useVault();
  const [step, setStep] = useState<SetupStep>('language');
  const [facility, setFacility] = useState(() => emptyFacilityForm(deviceTimeZone()));
  const [profile, setProfile] = useState<FacilityProfile | null>(null);
  const [progress, setProgress] = useState<SetupProgress>({ step: 'calibrating', fraction: 0 });
  const [hasFailed, setHasFailed] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The speed test runs while the person reads and types, so "Create" waits for it less.
  useEffect(() => {
    calibrate().catch(() => undefined);
  }, [calibrate]);
  // Each new step takes focus at its heading, so a keyboard or screen-reader user starts reading there.
  useEffect(() => {
    if (step !== 'language') headingRef.current?.focus();
  }, [step]);
  const create = (admin: { name: string; passphrase: string }): void => {
    if (profile === null) return;
    setStep('creating');
    setHasFailed(false);
    setUp({ facility: profile, adminName: admin.name, passphrase: admin.passphrase }, setProgress).catch(() => {
      setHasFailed(true);
    });
  };
  const acceptFacility = (checked: FacilityProfile): void => {
    setProfile(checked);
    setStep('admin');
  };
  return { step, setStep, facility, setFacility, profile, acceptFacility, progress, hasFailed, headingRef, create };
}
