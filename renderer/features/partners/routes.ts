/**
 * Addresses of the partner screens. Only ids, dates and settings travel in the address,
 * never anything that identifies a detainee.
 */
import type { PeriodPreset } from '@shared/sharing/period';
import { isPeriodPreset } from '@shared/sharing/period';
import type { SuppressionPolicy } from '@shared/sharing/suppression';

export const PARTNERS_PATH = '/partners';
export const SHARE_STATISTICS_PATH = '/share-statistics';
export const ADVISER_REPORT_PATH = '/adviser-report';

export function partnerHref(partnerId: string): string {
  return `${PARTNERS_PATH}/${encodeURIComponent(partnerId)}`;
}

/** What a report covers: one partner (and its linked facilities) or one facility, over a period. */
export type ReportScope = { kind: 'partner'; partnerId: string } | { kind: 'facility'; ledger: string };

/**
 * What a report covers. The dates are always in the address, so a report reopened later
 * covers the same days; the preset only says how they were chosen.
 */
export type ReportRequest = { scope: ReportScope; preset?: PeriodPreset; from: string; to: string; policy: SuppressionPolicy };

/** The address's query of a report. */
export function reportSearch({ scope, preset, from, to, policy }: ReportRequest): URLSearchParams {
  return new URLSearchParams({
    ...(scope.kind === 'partner' ? { partner: scope.partnerId } : { facility: scope.ledger }),
    ...(preset === undefined ? {} : { period: preset }),
    from,
    to,
    threshold: String(policy.threshold),
    zeros: policy.hideZeros ? 'hidden' : 'published',
  });
}

export function reportHref(request: ReportRequest): string {
  return `${ADVISER_REPORT_PATH}?${reportSearch(request).toString()}`;
}

/** The report asked for in the address, or undefined when it names nothing to report on. */
export function readReportRequest(params: URLSearchParams): ReportRequest | undefined {
  const partnerId = params.get('partner');
  const ledger = params.get('facility');
  const scope: ReportScope | undefined = partnerId !== null ? { kind: 'partner', partnerId } : ledger !== null ? { kind: 'facility', ledger } : undefined;
  const from = params.get('from');
  const to = params.get('to');
  if (scope === undefined || from === null || to === null) return undefined;
  const threshold = Number(params.get('threshold') ?? '5');
  const preset = params.get('period');
  return { scope, ...(isPeriodPreset(preset) ? { preset } : {}), from, to, policy: { threshold, hideZeros: params.get('zeros') !== 'published' } };
}
