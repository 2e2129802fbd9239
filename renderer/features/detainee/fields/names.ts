/** A person's names from the record's admission summary (corrections applied), in both scripts. */
import type { Known } from '@shared/custody/known';
import { valueOf } from '@shared/custody/known';
import type { CustodyRecord } from '@shared/custody/projection/types';

function text(record: CustodyRecord, path: string): string | undefined {
  const value = valueOf(record.admission[path] as Known<string> | undefined);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function joined(given: string | undefined, family: string | undefined): string | undefined {
  const parts = [given, family].filter((part): part is string => part !== undefined);
  return parts.length === 0 ? undefined : parts.join(' ');
}

/** Given names then family name, in the original script and in Latin letters (either may be unknown). */
export function namesOf(record: CustodyRecord): { original: string | undefined; latin: string | undefined } {
  return {
    original: joined(text(record, 'identity.givenNames'), text(record, 'identity.familyName')),
    latin: joined(text(record, 'identity.givenNamesLatin'), text(record, 'identity.familyNameLatin')),
  };
}
