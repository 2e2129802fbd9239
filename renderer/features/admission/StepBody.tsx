import type { RefObject } from 'react';
import type { StepId } from './formFields';
import { ArrestStep } from './steps/ArrestStep';
import { ArrivalStep } from './steps/ArrivalStep';
import { FamilyStep } from './steps/FamilyStep';
import { HealthStep } from './steps/HealthStep';
import { IdentityStep } from './steps/IdentityStep';
import { LegalBasisStep } from './steps/LegalBasisStep';
import { PropertyStep } from './steps/PropertyStep';
import { ReviewStep } from './steps/ReviewStep';
import { StatusStep } from './steps/StatusStep';

type StepBodyProps = { step: StepId; headingRef: RefObject<HTMLHeadingElement | null>; onAdmit: () => Promise<void> };

/** The fields of the current step. */
export function StepBody({ step, headingRef, onAdmit }: StepBodyProps) {
  switch (step) {
    case 'identity':
      return <IdentityStep headingRef={headingRef} />;
    case 'status':
      return <StatusStep headingRef={headingRef} />;
    case 'arrest':
      return <ArrestStep headingRef={headingRef} />;
    case 'legalBasis':
      return <LegalBasisStep headingRef={headingRef} />;
    case 'admission':
      return <ArrivalStep headingRef={headingRef} />;
    case 'health':
      return <HealthStep headingRef={headingRef} />;
    case 'property':
      return <PropertyStep headingRef={headingRef} />;
    case 'family':
      return <FamilyStep headingRef={headingRef} />;
    case 'review':
      return <ReviewStep headingRef={headingRef} onAdmit={onAdmit} />;
  }
}
