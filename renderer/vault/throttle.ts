/**
 * Growing delay after wrong passphrases (security.md §6 item 18). Failures are counted in
 * the vault table so a reload does not reset them; nothing is ever deleted however many
 * attempts fail.
 */

/** Wrong attempts allowed before any delay. */
export const FREE_ATTEMPTS = 3;
/** Longest wait between attempts. */
export const MAX_DELAY_MS = 5 * 60 * 1000;
const FIRST_DELAY_MS = 2000;

/** How long to wait after `failures` wrong attempts before the next one is accepted. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

/** Milliseconds left before another attempt is accepted (0 = now). */
export function waitRemaining(failures: number, lastFailureAt: Date | null, now: Date): number {
  if (lastFailureAt === null) return 0;
  const readyAt = lastFailureAt.getTime() + delayAfterFailures(failures);
  return Math.max(0, readyAt - now.getTime());
}
