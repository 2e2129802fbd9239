/**
 * The register's shared vocabulary and pieces, for the register, admission, detainee and
 * population screens: labels for every event type, status, category, rule and field in
 * three languages, and the badges and inputs each of those screens shows the same way.
 * No screen of its own, so no feature definition.
 */
import './custody.css';

export type { CustodyLabels } from './useCustodyLabels';
export { custodyLabels, useCustodyLabels } from './useCustodyLabels';
export type { AdmissionSectionId } from './fieldKeys';
export { ADMISSION_SECTION_IDS } from './fieldKeys';
export { StatusBadge } from './StatusBadge';
export { SafeguardBadge } from './SafeguardBadge';
export { ProblemList, fieldDomId } from './ProblemList';
export type { KnownControlProps, KnownFieldProps } from './KnownField';
export { KnownField } from './KnownField';
export type { KnownInputProps, KnownNumberInputProps, KnownSelectInputProps, KnownTextInputProps } from './KnownInput';
export { KnownInput, normaliseDigits } from './KnownInput';
export { StandardsList } from './StandardsList';
export { RuleSources } from './RuleSources';
export { RegisterNumber } from './RegisterNumber';
export { instantToLocalInput, localInputToInstant } from './zonedInput';
