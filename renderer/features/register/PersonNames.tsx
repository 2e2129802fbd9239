import type { CustodyRecord } from '@shared/custody/projection/types';
import { hasArabicScript } from '@shared/custody/names/arabic';
import { namesOf } from './recordFields';

/**
 * The person's names as the register holds them: in their own script first, then in
 * Latin letters. Each is isolated so an Arabic name never reorders the text around it.
 * `unknownLabel` stands in when no name was recorded (given by the caller: rows take
 * their words from the table, not a translation hook each).
 */
export function PersonNames({ record, unknownLabel }: { record: CustodyRecord; unknownLabel: string }) {
  const { original, latin } = namesOf(record);
  if (original === undefined && latin === undefined) return <span className="register-name-missing">{unknownLabel}</span>;
  return (
    <span className="register-names">
      {original === undefined ? null : (
        <bdi className="register-name-original" dir="auto" lang={hasArabicScript(original) ? 'ar' : undefined}>
          {original}
        </bdi>
      )}
      {latin === undefined || latin === original ? null : (
        <bdi className="register-name-latin" dir="ltr">
          {latin}
        </bdi>
      )}
    </span>
  );
}
