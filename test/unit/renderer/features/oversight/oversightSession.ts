/**
 * Two facilities of a synthetic network (one transfer lost), built with the demo ledger
 * generator and imported into an unlocked adviser's session, as bundles would bring them.
 */
import { buildDemoLedger } from '@shared/custody/synthetic/demoLedger';
import { APP_EVENT_REGISTRY } from '../../../../../renderer/vault/appLedger';
import type { Session } from '../../../../../renderer/vault/session';

export const NORTH = 'North Prison';
export const SOUTH = 'South Remand Centre';
/** The demo's present: a day ago, so every window has closed. */
const NOW = new Date(Date.now() - 24 * 3_600_000);

/** Imports both facilities' ledgers into the session. */
export async function importNetwork(session: Session): Promise<void> {
  const network = { facilities: [NORTH, SOUTH], lostTransfers: 1 };
  for (const [index, facility] of [NORTH, SOUTH].entries()) {
    const ledger = buildDemoLedger({ detainees: 10, seed: 'oversight-ui', now: NOW, facility, signingPublicKey: new Uint8Array(32).fill(index + 1), registry: APP_EVENT_REGISTRY, network });
    const first = ledger.events[0];
    if (first === undefined) throw new Error('empty demo ledger');
    await session.ledger.importEvents(first.ledger, ledger.events);
  }
}
