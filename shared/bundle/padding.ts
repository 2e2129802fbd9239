/**
 * Size buckets (design §6 item 2, security.md T7): a bundle's ZIP archive is padded up to
 * the next bucket, so its size tells an observer the number of records only coarsely.
 * Buckets start at 64 KiB and grow by a quarter each step, rounded up to 4 KiB:
 * 64, 80, 100, 128, 160, 200, 252, 316 … KiB. A step of 1.25× wastes at most a fifth of
 * the file on padding, against half with powers of two.
 */
import { KIB } from './limits';

/** The smallest bucket. */
export const FIRST_BUCKET_BYTES = 64 * KIB;
/** Buckets are multiples of this. */
export const BUCKET_ALIGN_BYTES = 4 * KIB;
/** Each bucket is the previous one plus this fraction of it (before alignment). */
export const BUCKET_GROWTH_DIVISOR = 4;

/**
 * The smallest bucket at least `bytes` long: b0 = 64 KiB, b(k+1) = b(k) + ⌈b(k) / 4 / 4 KiB⌉ × 4 KiB.
 * @throws RangeError if `bytes` is not a non-negative safe integer
 */
export function bucketFor(bytes: number): number {
  if (!Number.isSafeInteger(bytes) || bytes < 0) throw new RangeError('bucketFor: not a byte count');
  let bucket = FIRST_BUCKET_BYTES;
  while (bucket < bytes) {
    bucket += Math.ceil(bucket / BUCKET_GROWTH_DIVISOR / BUCKET_ALIGN_BYTES) * BUCKET_ALIGN_BYTES;
  }
  return bucket;
}

/** Whether `bytes` is exactly a bucket size. */
export function isBucketSize(bytes: number): boolean {
  return Number.isSafeInteger(bytes) && bytes >= FIRST_BUCKET_BYTES && bucketFor(bytes) === bytes;
}
