/**
 * This installation's facility name and identity card. The card is made from the session's
 * public keys and the facility profile in the ledger; it holds no secret.
 */
import type { IdentityCard } from '@shared/ledger/identity';
import { makeIdentityCard } from '@shared/ledger/identity';
import { facilityOf, facilityProjection } from '../../ledger';
import type { OpenedVault } from '../../vault/openVault';
import { projectionState } from '../../vault/session';

export function ownFacilityName(session: OpenedVault): string | undefined {
  return facilityOf(projectionState(session.ledger.current().states, facilityProjection), session.ledgerId)?.name;
}

/** The card to give contacts, or undefined before the facility profile exists. */
export function cardFor(session: OpenedVault, facility: string | undefined): IdentityCard | undefined {
  if (facility === undefined) return undefined;
  return makeIdentityCard({ facility, signingPublicKey: session.identity.signing.publicKey, recipient: session.identity.ageRecipient });
}
