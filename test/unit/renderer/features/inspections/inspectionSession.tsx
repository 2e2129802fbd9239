/**
 * A real unlocked session for the inspections tests: a ledger on fake-indexeddb with the
 * app's event types and projections, the facility and the signed-in user already recorded,
 * and the providers the screens need (i18n, session, router).
 */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { onTestFinished } from 'vitest';
import { HabeasDb } from '../../../../../renderer/db/habeasDb';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import type { Language } from '../../../../../renderer/i18n/languages';
import { createLedgerSession, openLedgerStorage, projectionStoreSink } from '../../../../../renderer/ledger';
import { APP_EVENT_REGISTRY, APP_PROJECTIONS } from '../../../../../renderer/vault/appLedger';
import type { Session } from '../../../../../renderer/vault/session';
import { SessionContext } from '../../../../../renderer/vault/sessionContext';
import { aFacilityProfile, aLedger, seededBytes } from '../../../../builders/ledger';

let sessions = 0;

export async function anInspectionSession(role: UserRole = 'supervisor', userId = 'u-supervisor'): Promise<Session> {
  sessions += 1;
  const db = new HabeasDb(`inspections-${String(sessions)}-${crypto.randomUUID()}`);
  await db.open();
  const testLedger = aLedger({ seed: `inspections-${String(sessions)}` });
  const dataKey = seededBytes(testLedger.seed, 'data-key');
  const storage = await openLedgerStorage({ db, dataKey, ledgerId: testLedger.ledger, registry: APP_EVENT_REGISTRY });
  const ledger = createLedgerSession({ storage, projections: APP_PROJECTIONS, sink: projectionStoreSink });
  await ledger.start();
  const user = { id: userId, name: 'Samir Aziz', role };
  const author = { id: user.id, name: user.name };
  const occurredAt = new Date().toISOString();
  await ledger.append({ type: 'ledger.created', subject: testLedger.ledger, occurredAt, payload: aFacilityProfile({ timeZone: 'UTC' }) }, author);
  await ledger.append({ type: 'user.added', subject: user.id, occurredAt, payload: { userId: user.id, name: user.name, role } }, author);
  onTestFinished(async () => {
    ledger.close();
    await db.delete();
  });
  const identity = { signing: testLedger.signing, ageIdentity: 'AGE-SECRET-KEY-1TEST', ageRecipient: 'age1test', ledgerId: testLedger.ledger };
  return { db, dataKey, identity, ledgerId: testLedger.ledger, ledger, storage, pendingSetup: undefined, user };
}

/** Renders `element` at `path` inside the session, in `language`. */
export function renderInSession(session: Session, element: ReactNode, path = '/', language: Language = 'en'): RenderResult {
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(
    <I18nextProvider i18n={createI18n(language)}>
      <SessionContext value={session}>
        <RouterProvider router={router} />
      </SessionContext>
    </I18nextProvider>,
  );
}
