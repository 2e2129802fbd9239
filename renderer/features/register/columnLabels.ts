import type { TranslationKey } from '../../i18n/translationKey';
import type { RegisterColumnId } from './columns';

/** Each column's header, as literal keys (the catalogue test finds every key as written). */
export const COLUMN_LABEL_KEYS: Readonly<Record<RegisterColumnId, TranslationKey>> = {
  registerNumber: 'register.columns.registerNumber',
  names: 'register.columns.names',
  status: 'register.columns.status',
  legalCategory: 'register.columns.legalCategory',
  admitted: 'register.columns.admitted',
  daysInCustody: 'register.columns.daysInCustody',
  location: 'register.columns.location',
  safeguards: 'register.columns.safeguards',
  gaps: 'register.columns.gaps',
};

/** A column's grid track, and its narrowest width in rem (the table scrolls sideways below the sum). */
type ColumnTrack = { readonly minRem: number; readonly track: string };

const fixed = (rem: number): ColumnTrack => ({ minRem: rem, track: `${String(rem)}rem` });
const share = (rem: number, fr: number): ColumnTrack => ({ minRem: rem, track: `minmax(${String(rem)}rem, ${String(fr)}fr)` });

/** Column widths: fixed for short values, shares of the rest for names, places and safeguards. */
export const COLUMN_TRACKS: Readonly<Record<RegisterColumnId, ColumnTrack>> = {
  registerNumber: fixed(7.5),
  names: share(8.5, 2),
  status: fixed(7.5),
  safeguards: share(9, 1.6),
  legalCategory: share(6.5, 1),
  admitted: fixed(7),
  daysInCustody: fixed(4.25),
  location: share(5.5, 1),
  gaps: fixed(4.25),
};

/** Every row is this tall (two lines of names, or a badge and a rule), so nothing is measured while scrolling. */
export const REGISTER_ROW_PX = 68;

/** Columns holding numbers, aligned to the end so digits line up. */
export const NUMERIC_COLUMNS: ReadonlySet<RegisterColumnId> = new Set(['daysInCustody', 'gaps']);
