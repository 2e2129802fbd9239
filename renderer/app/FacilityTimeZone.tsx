import { use, useMemo } from 'react';
import type { ReactNode } from 'react';
import { FormatContext } from '../i18n/formatContext';
import { facilityProjection, useProjection } from '../ledger';
import { useSession } from '../vault/useSession';

/**
 * Once unlocked, times are shown in the facility's time zone (design §4.4), whatever the
 * laptop's own zone is; before that, in the device's.
 */
export function FacilityTimeZone({ children }: { children: ReactNode }) {
  const session = useSession();
  const outer = use(FormatContext);
  const facilityZone = useProjection(facilityProjection, (state) => state.byLedger.get(session.ledgerId)?.profile.timeZone);
  const format = useMemo(() => (facilityZone === undefined ? outer : { ...outer, timeZone: facilityZone }), [outer, facilityZone]);
  return <FormatContext value={format}>{children}</FormatContext>;
}
