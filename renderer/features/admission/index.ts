/**
 * Admitting a person to the register (issue P3 item 1): the guided admission form with
 * every admission field of domain.md §1.2, sealed as a draft while it is typed.
 */
import type { FeatureDefinition } from '../../app/feature';
import { AdmissionScreen } from './AdmissionScreen';
import { ADMISSION_PATH } from './paths';
import './admission.css';

export { ADMISSION_PATH };

export const admissionFeature: FeatureDefinition = {
  id: 'admission',
  path: ADMISSION_PATH.slice(1),
  navLabelKey: 'admission.nav',
  Screen: AdmissionScreen,
  requires: 'register.write',
};
