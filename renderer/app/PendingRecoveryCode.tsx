import { RecoveryCodeScreen } from '../features/setup';
import { facilityOf, facilityProjection, useProjection } from '../ledger';
import type { Session } from '../vault/session';

/** The recovery code of a setup not yet confirmed, with the facility it belongs to. */
export function PendingRecoveryCode({ session }: { session: Session }) {
  const facility = useProjection(facilityProjection, (state) => facilityOf(state, session.ledgerId));
  const pending = session.pendingSetup;
  if (pending === undefined) return null;
  return <RecoveryCodeScreen code={pending.recoveryCode} facilityName={facility?.name ?? pending.facility.name} />;
}
