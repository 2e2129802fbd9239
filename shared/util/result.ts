/**
 * Errors as data: functions whose failure is an expected outcome (bad input from a
 * file, a wrong passphrase) return a Result instead of throwing, so callers must look.
 */

/** Success with a value, or failure with an error. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** A successful Result. */
export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

/** A failed Result. */
export function err<E>(error: E): { ok: false; error: E } {
  return { ok: false, error };
}

/** A Result with its success value transformed; a failure passes through unchanged. */
export function mapResult<T, U, E>(result: Result<T, E>, transform: (value: T) => U): Result<U, E> {
  return result.ok ? ok(transform(result.value)) : result;
}

/** The success value, or `fallback` on failure. */
export function unwrapOr<T, E>(result: Result<T, E>, fallback: T): T {
  return result.ok ? result.value : fallback;
}
