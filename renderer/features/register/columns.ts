/**
 * The register list's columns and the choice of which to show. The choice is a device
 * preference like the language: it names columns only, never a person, so it is kept
 * unsealed in the settings table and survives a lock.
 */

/** Every column, in display order: who, where they stand and what is due first, details after. */
export const REGISTER_COLUMNS = [
  'registerNumber',
  'names',
  'status',
  'safeguards',
  'legalCategory',
  'admitted',
  'daysInCustody',
  'location',
  'gaps',
] as const;
/** One of REGISTER_COLUMNS. */
export type RegisterColumnId = (typeof REGISTER_COLUMNS)[number];

/** Columns that say who a row is: always shown. */
export const FIXED_COLUMNS: readonly RegisterColumnId[] = ['registerNumber', 'names'];
/** Columns the user may hide. */
export const OPTIONAL_COLUMNS: readonly RegisterColumnId[] = REGISTER_COLUMNS.filter((column) => !FIXED_COLUMNS.includes(column));

/** The settings-table key of the choice. */
export const COLUMN_SETTING_KEY = 'register.columns';

export function isRegisterColumn(value: string): value is RegisterColumnId {
  return (REGISTER_COLUMNS as readonly string[]).includes(value);
}

/** The columns a stored choice shows, in display order; nothing stored (or unreadable) shows them all. */
export function columnsFromSetting(stored: string | undefined): readonly RegisterColumnId[] {
  if (stored === undefined) return REGISTER_COLUMNS;
  const chosen = new Set(stored.split(',').filter(isRegisterColumn));
  return REGISTER_COLUMNS.filter((column) => FIXED_COLUMNS.includes(column) || chosen.has(column));
}

/** The stored form of a choice. */
export function columnsToSetting(columns: readonly RegisterColumnId[]): string {
  return REGISTER_COLUMNS.filter((column) => columns.includes(column)).join(',');
}

/** The choice with one optional column shown or hidden. */
export function withColumn(columns: readonly RegisterColumnId[], column: RegisterColumnId, isShown: boolean): readonly RegisterColumnId[] {
  if (FIXED_COLUMNS.includes(column)) return columns;
  return REGISTER_COLUMNS.filter((id) => (id === column ? isShown : columns.includes(id)));
}
