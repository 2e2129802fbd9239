/**
 * Resource limits of the bundle importer (security.md T2, §6 item 25). Every step that
 * reads attacker-supplied bytes has a budget fixed before it starts, so a hostile file
 * costs at most these amounts of memory and work. The caps are a policy: callers may
 * tighten them (tests use small ones); the scrypt bounds are not part of the policy
 * because loosening them would be a downgrade (security.md T2 f).
 */

/** One kibibyte. */
export const KIB = 1024;
/** One mebibyte. */
export const MIB = 1024 * KIB;
/** One gibibyte. */
export const GIB = 1024 * MIB;

/** Largest `.habeas` file read, in bytes. */
export const MAX_FILE_BYTES = 1 * GIB;
/**
 * Largest decompressed `events.ndjson`, in bytes: 4 GiB less 2 bytes, the largest size a
 * ZIP entry can declare without ZIP64 (0xFFFFFFFF means "see the ZIP64 record", which
 * bundles never use).
 */
export const MAX_EVENTS_FILE_BYTES = 4 * GIB - 2;
/** Largest ratio of decompressed to compressed `events.ndjson` size. */
export const MAX_COMPRESSION_RATIO = 200;
/**
 * Decompressed sizes up to this many bytes are exempt from the ratio check: a small file
 * of repeated text can compress far better than 200:1 and still be harmless.
 */
export const RATIO_EXEMPT_BYTES = 1 * MIB;
/** Longest line of `events.ndjson` (one event), in bytes, without its `\n`. */
export const MAX_LINE_BYTES = 64 * KIB;
/** Most events in one bundle. */
export const MAX_EVENTS = 5_000_000;
/** Largest `manifest.json`, in bytes. */
export const MAX_MANIFEST_BYTES = 1 * MIB;
/** Largest age header (all stanzas and the MAC line), in bytes. */
export const MAX_AGE_HEADER_BYTES = 256 * KIB;

/** Most stanzas in an age header; each one costs a key agreement to try. */
export const MAX_AGE_STANZAS = 64;
/** Most recipient fingerprints in a manifest (one per age X25519 stanza at most). */
export const MAX_RECIPIENTS = MAX_AGE_STANZAS;
/** Most segments (ledgers) in a manifest. */
export const MAX_SEGMENTS = 4096;
/** Base64url Ed25519 signature (86 characters) plus an optional `\n`. */
export const MAX_SIGNATURE_FILE_BYTES = 87;

/** Lowest accepted scrypt work factor, as log2(N): 2^18 (age's default). */
export const MIN_SCRYPT_LOG_N = 18;
/** Highest accepted scrypt work factor, as log2(N): 2^20 (1 GiB of memory at r = 8). */
export const MAX_SCRYPT_LOG_N = 20;
/** Work factor used when writing a passphrase bundle. */
export const WRITE_SCRYPT_LOG_N = 18;

/**
 * Compressed bytes fed to the inflater at a time. Deflate expands at most about 1032:1,
 * so one slice yields at most about 4 MiB: that bounds how far past its cap the output
 * can run before the counter stops it (security.md T2 a measured 64 KiB slices
 * overshooting a 16 MiB cap to 67 MB).
 */
export const INFLATE_SLICE_BYTES = 4 * KIB;

/** The importer's caps; see the constants of the same names for units and defaults. */
export type BundleLimits = {
  readonly maxFileBytes: number;
  readonly maxEventsFileBytes: number;
  readonly maxCompressionRatio: number;
  readonly maxLineBytes: number;
  readonly maxEvents: number;
  readonly maxManifestBytes: number;
  readonly maxAgeHeaderBytes: number;
};

/** The default import policy. */
export const DEFAULT_BUNDLE_LIMITS: BundleLimits = Object.freeze({
  maxFileBytes: MAX_FILE_BYTES,
  maxEventsFileBytes: MAX_EVENTS_FILE_BYTES,
  maxCompressionRatio: MAX_COMPRESSION_RATIO,
  maxLineBytes: MAX_LINE_BYTES,
  maxEvents: MAX_EVENTS,
  maxManifestBytes: MAX_MANIFEST_BYTES,
  maxAgeHeaderBytes: MAX_AGE_HEADER_BYTES,
});

/**
 * The default policy with some caps replaced. A cap can only be lowered: a value above
 * the default (or not a finite number ≥ 0) is ignored, so no caller can open the
 * importer wider than this module.
 */
export function bundleLimits(overrides: Partial<BundleLimits> = {}): BundleLimits {
  const pick = (key: keyof BundleLimits): number => {
    const value = overrides[key];
    const fallback = DEFAULT_BUNDLE_LIMITS[key];
    return value !== undefined && Number.isFinite(value) && value >= 0 ? Math.min(value, fallback) : fallback;
  };
  return Object.freeze({
    maxFileBytes: pick('maxFileBytes'),
    maxEventsFileBytes: pick('maxEventsFileBytes'),
    maxCompressionRatio: pick('maxCompressionRatio'),
    maxLineBytes: pick('maxLineBytes'),
    maxEvents: pick('maxEvents'),
    maxManifestBytes: pick('maxManifestBytes'),
    maxAgeHeaderBytes: pick('maxAgeHeaderBytes'),
  });
}
