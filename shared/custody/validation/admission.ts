/** Cross-field checks of a `custody.admitted` draft. */
import type { AdmissionPayload } from '../events/admission';
import { valueOf } from '../known';
import { earliestDateOf, latestDateOf, yearsBetween } from '../projection/ages';
import type { ValidationProblem } from './problems';
import { localDateOf, problem } from './problems';

/** How far an estimated age may differ from the age the birth date gives. */
export const AGE_ESTIMATE_TOLERANCE_YEARS = 2;

/** What admission checks need besides the draft. */
export type AdmissionContext = {
  /** Register numbers this installation already used. */
  readonly usedRegisterNumbers?: readonly number[];
  /** The installation's register prefix. */
  readonly registerPrefix?: string;
};

function birthProblems(payload: AdmissionPayload): ValidationProblem[] {
  const birth = valueOf(payload.identity.dateOfBirth);
  const estimate = valueOf(payload.identity.estimatedAgeYears);
  const arrestAt = valueOf(payload.arrest.at);
  const reference = arrestAt ?? payload.admission.at;
  const problems: ValidationProblem[] = [];
  if (birth !== undefined && earliestDateOf(birth) > localDateOf(reference)) {
    problems.push(problem('birth-after-arrest', 'identity.dateOfBirth'));
  }
  if (birth !== undefined && estimate !== undefined) {
    const oldest = yearsBetween(earliestDateOf(birth), localDateOf(payload.admission.at));
    const youngest = yearsBetween(latestDateOf(birth), localDateOf(payload.admission.at));
    if (estimate < youngest - AGE_ESTIMATE_TOLERANCE_YEARS || estimate > oldest + AGE_ESTIMATE_TOLERANCE_YEARS) {
      problems.push(problem('age-estimate-conflict', 'identity.estimatedAgeYears'));
    }
  }
  return problems;
}

function timeProblems(payload: AdmissionPayload, occurredAt: string): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const arrestAt = valueOf(payload.arrest.at);
  const admittedMs = Date.parse(payload.admission.at);
  if (arrestAt !== undefined && Date.parse(arrestAt) > admittedMs) problems.push(problem('arrest-after-admission', 'arrest.at'));
  const toldAt = valueOf(payload.arrest.reasonsToldAt);
  if (toldAt !== undefined && arrestAt !== undefined && Date.parse(toldAt) < Date.parse(arrestAt)) {
    problems.push(problem('before-arrest', 'arrest.reasonsToldAt'));
  }
  if (Date.parse(occurredAt) !== admittedMs) problems.push(problem('occurred-at-mismatch', 'occurredAt'));
  return problems;
}

function numberProblems(payload: AdmissionPayload, context: AdmissionContext): ValidationProblem[] {
  const problems: ValidationProblem[] = [];
  const { prefix, number } = payload.registerNumber;
  if (context.registerPrefix !== undefined && prefix !== context.registerPrefix) {
    problems.push(problem('register-prefix-mismatch', 'registerNumber.prefix'));
  }
  if (context.usedRegisterNumbers?.includes(number)) problems.push(problem('register-number-used', 'registerNumber.number'));
  return problems;
}

/** Problems of an admission whose payload already passed its schema. */
export function admissionProblems(payload: AdmissionPayload, occurredAt: string, context: AdmissionContext): ValidationProblem[] {
  return [...birthProblems(payload), ...timeProblems(payload, occurredAt), ...numberProblems(payload, context)];
}
