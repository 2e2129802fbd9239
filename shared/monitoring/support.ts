/**
 * When support to a partner began, as far as the ledger says: the day of the first
 * decision on support recorded for it (continue, adjust, condition or suspend all presume
 * support was given). Partner profiles carry no start date, so this is a suggestion the
 * adviser may replace with the date they know; without any decision there is nothing to
 * suggest and the adviser chooses.
 */
import type { PartnersState } from '../partners/projection';

/** The first decision's day and the partner it concerns. */
export type SupportStart = { readonly date: string; readonly partnerId: string };

/** The earliest decision day among the partners given, or undefined if none was recorded. */
export function firstDecisionOf(state: PartnersState, partnerIds: readonly string[]): SupportStart | undefined {
  const wanted = new Set(partnerIds);
  let first: SupportStart | undefined;
  for (const decision of state.decisions.values()) {
    const { partnerId, decidedOn } = decision.payload;
    if (!wanted.has(partnerId)) continue;
    if (first === undefined || decidedOn < first.date || (decidedOn === first.date && partnerId < first.partnerId)) first = { date: decidedOn, partnerId };
  }
  return first;
}
