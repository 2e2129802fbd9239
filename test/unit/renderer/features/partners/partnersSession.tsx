/**
 * A real unlocked session for the partner screens: a ledger on fake-indexeddb with the app's
 * event types and projections, the facility and the signed-in user recorded, and the
 * providers the screens need (i18n, session, a router with the feature's routes).
 */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { onTestFinished } from 'vitest';
import { HabeasDb } from '../../../../../renderer/db/habeasDb';
import { adviserReportFeature, partnerFeature, partnersFeature, shareStatisticsFeature } from '../../../../../renderer/features/partners';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import type { Language } from '../../../../../renderer/i18n/languages';
import { createLedgerSession, openLedgerStorage, projectionStoreSink } from '../../../../../renderer/ledger';
import { APP_EVENT_REGISTRY, APP_PROJECTIONS } from '../../../../../renderer/vault/appLedger';
import type { Session } from '../../../../../renderer/vault/session';
import { SessionContext } from '../../../../../renderer/vault/sessionContext';
import { aFacilityProfile, aLedger, seededBytes } from '../../../../builders/ledger';

let sessions = 0;

export async function aPartnersSession(role: UserRole = 'adviser'): Promise<Session> {
  sessions += 1;
  const db = new HabeasDb(`partners-${String(sessions)}-${crypto.randomUUID()}`);
  await db.open();
  const testLedger = aLedger({ seed: `partners-${String(sessions)}` });
  const dataKey = seededBytes(testLedger.seed, 'data-key');
  const storage = await openLedgerStorage({ db, dataKey, ledgerId: testLedger.ledger, registry: APP_EVENT_REGISTRY });
  const ledger = createLedgerSession({ storage, projections: APP_PROJECTIONS, sink: projectionStoreSink });
  await ledger.start();
  const user = { id: `u-${role}`, name: 'Jean Dupont', role };
  const author = { id: user.id, name: user.name };
  const occurredAt = new Date().toISOString();
  const profile = aFacilityProfile({ timeZone: 'UTC', code: 'CRP-01', name: 'Central Remand Prison', responsibleAuthority: 'Ministry of Justice' });
  await ledger.append({ type: 'ledger.created', subject: testLedger.ledger, occurredAt, payload: profile }, author);
  await ledger.append({ type: 'user.added', subject: user.id, occurredAt, payload: { userId: user.id, name: user.name, role } }, author);
  onTestFinished(async () => {
    ledger.close();
    await db.delete();
  });
  const identity = { signing: testLedger.signing, ageIdentity: 'AGE-SECRET-KEY-1TEST', ageRecipient: 'age1test', ledgerId: testLedger.ledger };
  return { db, dataKey, identity, ledgerId: testLedger.ledger, ledger, storage, pendingSetup: undefined, user };
}

const ROUTES = [partnersFeature, partnerFeature, shareStatisticsFeature, adviserReportFeature].map((feature) => ({ path: `/${feature.path}`, element: <feature.Screen /> }));

/** Renders the partner screens at `path` inside the session, in `language`. */
export function renderPartners(session: Session, path: string, language: Language = 'en'): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(ROUTES, { initialEntries: [path] });
  const result = render(
    <I18nextProvider i18n={createI18n(language)}>
      <SessionContext value={session}>
        <RouterProvider router={router} />
      </SessionContext>
    </I18nextProvider>,
  );
  return { ...result, router };
}
