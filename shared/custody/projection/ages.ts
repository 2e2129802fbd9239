/**
 * Ages from possibly partial birth dates. A person whose birth date allows being under 18
 * at arrest is flagged a child: when the date is uncertain the protective reading wins
 * (Havana Rules apply under 18; domain.md §1.2 row 5 asks for an automatic juvenile flag).
 */

/** Age of majority for the juvenile flag (Havana Rules, domain.md §1.1). */
export const AGE_OF_MAJORITY_YEARS = 18;

/** Whether the person was a child at the reference date. */
export type ChildStatus = 'child' | 'adult' | 'unknown';

const FULL_DATE = /^(\d{4})-(\d{2})-(\d{2})/;

/** The latest calendar date a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) can stand for. */
export function latestDateOf(partial: string): string {
  if (partial.length >= 10) return partial.slice(0, 10);
  if (partial.length === 7) {
    const [year, month] = partial.split('-').map(Number) as [number, number];
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${partial}-${String(lastDay).padStart(2, '0')}`;
  }
  return `${partial}-12-31`;
}

/** The earliest calendar date a partial date can stand for. */
export function earliestDateOf(partial: string): string {
  if (partial.length >= 10) return partial.slice(0, 10);
  return partial.length === 7 ? `${partial}-01` : `${partial}-01-01`;
}

/**
 * Whole years between two calendar dates (`YYYY-MM-DD…`; only the first 10 characters
 * are read, so an instant with an offset gives its local date). NaN if either is malformed.
 */
export function yearsBetween(birthDate: string, onDate: string): number {
  const birth = FULL_DATE.exec(birthDate);
  const on = FULL_DATE.exec(onDate);
  if (!birth || !on) return Number.NaN;
  const years = Number(on[1]) - Number(birth[1]);
  const hadBirthday = `${on[2]}-${on[3]}` >= `${birth[2]}-${birth[3]}`;
  return hadBirthday ? years : years - 1;
}

/**
 * Child or adult at `onDate` (the arrest, or the admission if the arrest date is unknown):
 * from the birth date if known, else from the estimated age.
 */
export function childStatusAt(
  birthDate: string | undefined,
  estimatedAgeYears: number | undefined,
  onDate: string | undefined,
): ChildStatus {
  if (birthDate !== undefined && onDate !== undefined) {
    const youngest = yearsBetween(latestDateOf(birthDate), onDate);
    if (!Number.isNaN(youngest)) return youngest < AGE_OF_MAJORITY_YEARS ? 'child' : 'adult';
  }
  if (estimatedAgeYears !== undefined) return estimatedAgeYears < AGE_OF_MAJORITY_YEARS ? 'child' : 'adult';
  return 'unknown';
}
