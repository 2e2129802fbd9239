/**
 * Shared statistics as a CSV file: one line per figure, fixed keys a program can read and a
 * label in the reader's language, every cell neutralised against formula injection
 * (csv.ts). Only the facility's code and name, the period, and the figures leave: never a
 * person's name, identifier or any free text about them.
 */
import { toCsv } from './csv';
import type { Shown, StatLine } from './publish';
import type { SuppressionPolicy } from './suppression';

/** Columns of the CSV file. */
export const STATISTICS_CSV_COLUMNS = [
  'facility_code',
  'facility_name',
  'period_from',
  'period_to',
  'section',
  'item',
  'measure',
  'value',
  'label',
  'suppression_threshold',
  'zero_counts',
] as const;

/** What a value reads as: digits, "< 5" for a small count, "suppressed" for any other withheld figure. */
export function shownText(shown: Shown, threshold: number): string {
  switch (shown.kind) {
    case 'count':
      return String(shown.value);
    case 'days':
    case 'percent':
      return shown.value.toFixed(1);
    case 'suppressed':
      return shown.reason === 'small' ? `< ${String(threshold)}` : 'suppressed';
  }
}

export type StatisticsCsvInput = {
  readonly facility: { readonly code: string; readonly name: string };
  /** First and last calendar day of the period (`YYYY-MM-DD`). */
  readonly from: string;
  readonly to: string;
  readonly policy: SuppressionPolicy;
  readonly lines: readonly StatLine[];
  /** The line's label in the reader's language. */
  readonly label: (line: StatLine) => string;
};

/** The CSV document of one facility's shared statistics. */
export function statisticsCsv(input: StatisticsCsvInput): string {
  const { facility, from, to, policy } = input;
  const { threshold } = policy;
  const rows = input.lines.map((line) => [
    facility.code,
    facility.name,
    from,
    to,
    line.section,
    line.item,
    line.measure,
    shownText(line.shown, threshold),
    input.label(line),
    String(threshold),
    policy.hideZeros ? 'hidden' : 'published',
  ]);
  return toCsv([[...STATISTICS_CSV_COLUMNS], ...rows]);
}
