/**
 * Addresses of the partner screens. Only ids, dates and settings travel in the address,
 * never anything that identifies a detainee.
 */
import type { SuppressionPolicy } from '@shared/sharing/suppression';

export const PARTNERS_PATH = '/partners';
export const SHARE_STATISTICS_PATH = '/share-statistics';
export const ADVISER_REPORT_PATH = '/adviser-report';

export function partnerHref(partnerId: string): string {
  return `${PARTNERS_PATH}/${encodeURIComponent(partnerId)}`;
}

/** What a report covers: one partner (and its linked facilities) or one facility, over a period. */
export type ReportScope = { kind: 'partner'; partnerId: string } | { kind: 'facility'; ledger: string };

export type ReportRequest = { scope: ReportScope; from: string; to: string; policy: SuppressionPolicy };

export function reportHref({ scope, from, to, policy }: ReportRequest): string {
  const params = new URLSearchParams({
    ...(scope.kind === 'partner' ? { partner: scope.partnerId } : { facility: scope.ledger }),
    from,
    to,
    threshold: String(policy.threshold),
    zeros: policy.hideZeros ? 'hidden' : 'published',
  });
  return `${ADVISER_REPORT_PATH}?${params.toString()}`;
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
  return { scope, from, to, policy: { threshold, hideZeros: params.get('zeros') !== 'published' } };
}
