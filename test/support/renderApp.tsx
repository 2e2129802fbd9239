/** Renders the whole app (providers, vault gate, frame, routes) on a fresh fake-indexeddb database. */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import type { DataRouter } from 'react-router';
import { onTestFinished, vi } from 'vitest';
import type { Mock } from 'vitest';
import { App } from '../../renderer/App';
import type { FeatureDefinition } from '../../renderer/app/feature';
import { FEATURES } from '../../renderer/app/featureRegistry';
import { createAppRoutes } from '../../renderer/app/routes';
import type { HabeasDb } from '../../renderer/db/habeasDb';
import { openHabeasDb } from '../../renderer/db/habeasDb';
import type { Preferences } from '../../renderer/features/settings';
import { createI18n } from '../../renderer/i18n/createI18n';
import { applyDocumentLanguage } from '../../renderer/i18n/languages';
import { closeVault } from '../../renderer/vault/openVault';
import type { Session } from '../../renderer/vault/session';
import type { AfterLock, VaultPhase } from '../../renderer/vault/vaultPhase';
import { anUnlockedSession } from './vaultSession';
import type { SessionOptions } from './vaultSession';

export type RenderAppOptions = {
  path?: string;
  preferences?: Preferences;
  features?: readonly FeatureDefinition[];
  /** Unlocked (the default, with these session options) or another phase built from the database. */
  vault?: SessionOptions | ((db: HabeasDb) => Promise<VaultPhase>);
};

export type RenderedApp = RenderResult & { db: HabeasDb; router: DataRouter; session: Session | null; afterLock: Mock<AfterLock> };

async function startingPhase(db: HabeasDb, vault: RenderAppOptions['vault']): Promise<{ phase: VaultPhase; session: Session | null }> {
  if (typeof vault === 'function') return { phase: await vault(db), session: null };
  const session = await anUnlockedSession(db, vault);
  return { phase: { kind: 'unlocked', session }, session };
}

export async function renderApp({ path = '/', preferences = { language: 'en', numbering: 'auto' }, features = FEATURES, vault = {} }: RenderAppOptions = {}): Promise<RenderedApp> {
  const { db } = await openHabeasDb(`test-${crypto.randomUUID()}`);
  const { phase, session } = await startingPhase(db, vault);
  onTestFinished(async () => {
    if (session !== null && !session.dataKey.every((byte) => byte === 0)) closeVault(session);
    await db.delete();
  });
  // As main.tsx does before the first render.
  applyDocumentLanguage(document, preferences.language);
  const router = createMemoryRouter(createAppRoutes(features), { initialEntries: [path] });
  const afterLock = vi.fn<AfterLock>(() => 'staying');
  const view = render(
    <App db={db} i18n={createI18n(preferences.language)} router={router} initialPreferences={preferences} initialVault={phase} afterLock={afterLock} onRetryWriterLock={() => undefined} />,
  );
  return { ...view, db, router, session, afterLock };
}
