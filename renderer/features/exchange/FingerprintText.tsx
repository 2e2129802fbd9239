import { fingerprintGroups } from '@shared/ledger/identity';

type FingerprintTextProps = {
  /** Lowercase hex. */
  hex: string;
  /** Groups of four hex digits shown; 8 (128 bits) by default. */
  groups?: number;
};

/**
 * A fingerprint in groups of four hex digits, always left to right (also in Arabic, so
 * the groups read in the same order as on the other person's screen).
 */
export function FingerprintText({ hex, groups = 8 }: FingerprintTextProps) {
  return (
    <code className="fingerprint" dir="ltr">
      {fingerprintGroups(hex, { groups })}
    </code>
  );
}
