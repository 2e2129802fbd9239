/**
 * What the register list shows of a record, read from its admission summary and status.
 * Pure and cheap: rows call these as they come into view, sorts call them once per record.
 */
import type { Known } from '@shared/custody/known';
import { valueOf } from '@shared/custody/known';
import type { CustodyRecord } from '@shared/custody/projection/types';

const DAY_MS = 86_400_000;

function text(record: CustodyRecord, path: string): string | undefined {
  const value = valueOf(record.admission[path] as Known<unknown> | undefined);
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

function joined(...parts: (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined);
  return present.length === 0 ? undefined : present.join(' ');
}

/** The person's names: as written in their own script, and in Latin letters; either may be unknown. */
export type RecordNames = { readonly original: string | undefined; readonly latin: string | undefined };

/** Given names before the family name, as both Arabic and Latin registers write them. */
export function namesOf(record: CustodyRecord): RecordNames {
  return {
    original: joined(text(record, 'identity.givenNames'), text(record, 'identity.familyName')),
    latin: joined(text(record, 'identity.givenNamesLatin'), text(record, 'identity.familyNameLatin')),
  };
}

/**
 * The key the name column sorts by: family name first, as a register is read. The Latin
 * form is preferred so one script orders the whole list; an entry with only an original
 * name sorts by that.
 */
export function nameSortKey(record: CustodyRecord): string {
  const latin = joined(text(record, 'identity.familyNameLatin'), text(record, 'identity.givenNamesLatin'));
  return latin ?? joined(text(record, 'identity.familyName'), text(record, 'identity.givenNames')) ?? '';
}

/** Whole days the facility has held the person: until now while held, until custody ended otherwise. */
export function daysInCustody(record: CustodyRecord, nowMs: number): number {
  const end = record.custodyEndMs ?? nowMs;
  return Math.max(0, Math.floor((end - record.admittedMs) / DAY_MS));
}

/** Where the person is now, most specific first: a hospital or destination, else the placement in the facility. */
export function locationOf(record: CustodyRecord): string {
  const { place, placement, hospital, destination } = record.location;
  if (record.status === 'hospital' && hospital) return hospital;
  if (record.status === 'transferred' && destination) return destination;
  return placement ? `${place} · ${placement}` : place;
}
