/**
 * Choosing the scrypt cost for this machine (design §5: about one second). One derivation
 * at the floor is timed and the cost extrapolated (scrypt's time is linear in N); the
 * result is never below the floor, so a slow or busy machine gets the floor, not less.
 */
import { deriveKey, KDF_MIN_LOG_N, KDF_TARGET_MS, newKdfParams, pickLogN } from '@shared/crypto/kdf';

const CALIBRATION_SECRET = 'habeas-calibration';

/**
 * The logN to use for new wraps on this machine.
 * @param now - a monotonic clock in ms (performance.now by default)
 */
export async function calibrateLogN(
  onProgress?: (fraction: number) => void,
  now: () => number = () => performance.now(),
): Promise<number> {
  const started = now();
  const key = await deriveKey(CALIBRATION_SECRET, newKdfParams(KDF_MIN_LOG_N), onProgress);
  const measuredMs = now() - started;
  key.fill(0);
  return Math.max(KDF_MIN_LOG_N, pickLogN(KDF_TARGET_MS, measuredMs, KDF_MIN_LOG_N));
}
