import type { CustodyRecord } from '@shared/custody/projection/types';

/** The name as the register writes it: the transliteration, then the original script; undefined if neither is known. */
export function personName(record: CustodyRecord | undefined): string | undefined {
  if (record === undefined) return undefined;
  const text = (path: string) => {
    const value = record.admission[path];
    return typeof value === 'object' && value !== null && !Array.isArray(value) && typeof value.value === 'string' ? value.value : undefined;
  };
  const latin = [text('identity.givenNamesLatin'), text('identity.familyNameLatin')].filter(Boolean).join(' ');
  const original = [text('identity.givenNames'), text('identity.familyName')].filter(Boolean).join(' ');
  const names = [latin, original].filter((name) => name !== '');
  return names.length === 0 ? undefined : names.join(' — ');
}
