/** Reads of partner assessment and shared statistics: projections through selectors, and views derived from them. */
import { useMemo } from 'react';
import type { PartnersState } from '@shared/partners/projection';
import { partnersProjection } from '@shared/partners/projection';
import type { PartnerSummary, PartnerView } from '@shared/partners/views';
import { partnerSummaries, partnerView } from '@shared/partners/views';
import { useToday } from '../../custody';
import { facilityProjection, useProjection } from '../../ledger';
import { useSession } from '../../vault/useSession';

export function usePartnersState(): PartnersState {
  return useProjection(partnersProjection, (state) => state);
}

export function usePartnerSummaries(): PartnerSummary[] {
  const state = usePartnersState();
  const today = useToday();
  return useMemo(() => partnerSummaries(state, today), [state, today]);
}

export function usePartner(partnerId: string): PartnerView | undefined {
  const state = usePartnersState();
  const today = useToday();
  return useMemo(() => partnerView(state, partnerId, today), [state, partnerId, today]);
}

/** A facility whose register is held here: this installation's own, or one imported. */
export type FacilityChoice = {
  readonly ledger: string;
  readonly code: string;
  readonly name: string;
  readonly responsibleAuthority: string;
  readonly timeZone: string;
  readonly isOwn: boolean;
};

/** Every facility held, this installation's first, then by name. */
export function useFacilityChoices(): FacilityChoice[] {
  const { ledgerId } = useSession();
  const facilities = useProjection(facilityProjection, (state) => state.byLedger);
  return useMemo(
    () =>
      [...facilities.values()]
        .map(({ ledger, profile }) => ({ ledger, code: profile.code, name: profile.name, responsibleAuthority: profile.responsibleAuthority, timeZone: profile.timeZone, isOwn: ledger === ledgerId }))
        .sort((a, b) => Number(b.isOwn) - Number(a.isOwn) || a.name.localeCompare(b.name)),
    [facilities, ledgerId],
  );
}
