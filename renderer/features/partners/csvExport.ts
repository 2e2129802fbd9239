/** Saving a facility's shared statistics as a CSV file (formula injection neutralised in shared/sharing/csv.ts). */
import { statisticsCsv } from '@shared/sharing/export';
import type { StatLine } from '@shared/sharing/publish';
import type { SuppressionPolicy } from '@shared/sharing/suppression';
import type { SaveFileResult } from '../../platform';
import { platform } from '../../platform';
import type { PlatformResult } from '../../platform';

export type CsvRequest = {
  facility: { code: string; name: string };
  from: string;
  to: string;
  policy: SuppressionPolicy;
  lines: readonly StatLine[];
  label: (line: StatLine) => string;
};

/** A neutral file name: only the facility code's letters and digits, and the period. */
export function statisticsFileName(code: string, from: string, to: string): string {
  const safeCode = code.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'facility';
  return `habeas-statistics-${safeCode}-${from}-to-${to}.csv`;
}

export function saveStatisticsCsv(request: CsvRequest, fileType: string): Promise<PlatformResult<SaveFileResult>> {
  const text = statisticsCsv({ facility: request.facility, from: request.from, to: request.to, policy: request.policy, lines: request.lines, label: request.label });
  const bytes = new TextEncoder().encode(text);
  return platform.saveFile(bytes, statisticsFileName(request.facility.code, request.from, request.to), [{ name: fileType, extensions: ['csv'] }]);
}
