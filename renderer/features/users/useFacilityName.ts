import { facilityOf, facilityProjection, useProjection } from '../../ledger';
import { useSession } from '../../vault/useSession';

/** This installation's facility name, for the passphrase meter (a passphrase made of it is weak). */
export function useFacilityName(): string {
  const { ledgerId } = useSession();
  return useProjection(facilityProjection, (state) => facilityOf(state, ledgerId)?.name) ?? '';
}
