/**
 * Validation problems: a code the UI turns into a message, and the field path it concerns
 * (payload paths, or `occurredAt`, `subject`, `type` for the envelope). Nothing is
 * written while a draft has problems.
 */

/** Every validation problem code. */
export const VALIDATION_CODES = [
  'invalid',
  'unknown-type',
  'empty-reason',
  'future-date',
  'birth-after-arrest',
  'arrest-after-admission',
  'before-arrest',
  'age-estimate-conflict',
  'occurred-at-mismatch',
  'register-number-used',
  'register-prefix-mismatch',
  'unknown-record',
  'record-exists',
  'before-admission',
  'before-status-change',
  'not-in-custody',
  'end-before-start',
  'before-event',
  'episode-not-open',
  'unknown-target',
  'target-voided',
  'already-voided',
  'void-pending',
  'bad-path',
  'correction-no-change',
  'correction-stale',
  'correction-unknown-path',
  'correction-invalid-value',
  'confirmation-not-needed',
  'already-confirmed',
  'self-confirmation',
  'author-required',
  'not-permitted',
] as const;
/** One of VALIDATION_CODES. */
export type ValidationCode = (typeof VALIDATION_CODES)[number];

/** A problem with a draft. `detail` names rules or statuses, never payload values. */
export type ValidationProblem = { readonly code: ValidationCode; readonly path: string; readonly detail?: string };

/** A problem. */
export function problem(code: ValidationCode, path: string, detail?: string): ValidationProblem {
  return detail === undefined ? { code, path } : { code, path, detail };
}

/**
 * A payload path as the UI names fields: without the `value` step of a Known, so a problem
 * inside `identity.givenNames.value` points at the field `identity.givenNames`.
 */
export function fieldPathOf(payloadPath: string): string {
  return payloadPath
    .split('.')
    .filter((segment) => segment !== 'value')
    .join('.');
}

/** The local calendar date (`YYYY-MM-DD`) of an instant string as entered. */
export function localDateOf(instant: string): string {
  return instant.slice(0, 10);
}
