/**
 * Exhaustiveness check for switches over unions: the compiler rejects the call if a
 * case is missing, and at run time it throws if data arrives that the types ruled out.
 */
export function assertNever(value: never, what = 'value'): never {
  throw new Error(`unexpected ${what}: ${String(value)}`);
}
