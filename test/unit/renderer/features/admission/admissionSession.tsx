/**
 * A real unlocked registrar session for the admission screen: fake-indexeddb, the app's
 * event types and projections, a facility in Tunis time; and the screen rendered at its
 * route beside a stand-in detainee page, so navigation after admitting can be seen.
 */
import { render, screen } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { createMemoryRouter, RouterProvider, useParams } from 'react-router';
import type { UserRole } from '@shared/ledger/coreEventTypes';
import { onTestFinished } from 'vitest';
import { HabeasDb } from '../../../../../renderer/db/habeasDb';
import { AdmissionScreen } from '../../../../../renderer/features/admission/AdmissionScreen';
import { createI18n } from '../../../../../renderer/i18n/createI18n';
import type { Language } from '../../../../../renderer/i18n/languages';
import type { Session } from '../../../../../renderer/vault/session';
import { SessionContext } from '../../../../../renderer/vault/sessionContext';
import { anUnlockedSession } from '../../../../support/vaultSession';
import { ZONE } from './draftBuilders';

let sessions = 0;

export async function anAdmissionSession(role: UserRole = 'registrar'): Promise<Session> {
  sessions += 1;
  const db = new HabeasDb(`admission-${String(sessions)}-${crypto.randomUUID()}`);
  await db.open();
  const session = await anUnlockedSession(db, { role, facility: { timeZone: ZONE } });
  onTestFinished(async () => {
    session.ledger.close();
    await db.delete();
  });
  return session;
}

function RecordPage() {
  const { recordId } = useParams();
  return <h1>{`Record ${recordId ?? ''}`}</h1>;
}

/** The admission screen at `#/register/admit`, in `language`; the router is returned to read where it went. */
export function renderAdmission(session: Session, language: Language = 'en'): RenderResult & { router: ReturnType<typeof createMemoryRouter> } {
  const router = createMemoryRouter(
    [
      { path: '/register/admit', element: <AdmissionScreen /> },
      { path: '/register/:recordId', element: <RecordPage /> },
    ],
    { initialEntries: ['/register/admit'] },
  );
  const result = render(
    <I18nextProvider i18n={createI18n(language)}>
      <SessionContext value={session}>
        <RouterProvider router={router} />
      </SessionContext>
    </I18nextProvider>,
  );
  return { ...result, router };
}

/** Waits for the form to be ready (the draft read from storage, or a new one started). */
export async function formReady(): Promise<void> {
  await screen.findByRole('navigation', { name: 'Sections of the admission' });
}
