/** Renders the whole app (providers, frame, routes) on a fresh fake-indexeddb database. */
import { render } from '@testing-library/react';
import type { RenderResult } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import type { DataRouter } from 'react-router';
import { onTestFinished } from 'vitest';
import { App } from '../../renderer/App';
import type { FeatureDefinition } from '../../renderer/app/feature';
import { FEATURES } from '../../renderer/app/featureRegistry';
import { createAppRoutes } from '../../renderer/app/routes';
import type { HabeasDb } from '../../renderer/db/habeasDb';
import { openHabeasDb } from '../../renderer/db/habeasDb';
import type { Preferences } from '../../renderer/features/settings';
import { createI18n } from '../../renderer/i18n/createI18n';
import { applyDocumentLanguage } from '../../renderer/i18n/languages';

export type RenderAppOptions = {
  path?: string;
  preferences?: Preferences;
  features?: readonly FeatureDefinition[];
};

export type RenderedApp = RenderResult & { db: HabeasDb; router: DataRouter };

export async function renderApp({ path = '/', preferences = { language: 'en', numbering: 'auto' }, features = FEATURES }: RenderAppOptions = {}): Promise<RenderedApp> {
  const { db } = await openHabeasDb(`test-${crypto.randomUUID()}`);
  onTestFinished(() => db.delete());
  // As main.tsx does before the first render.
  applyDocumentLanguage(document, preferences.language);
  const router = createMemoryRouter(createAppRoutes(features), { initialEntries: [path] });
  const view = render(<App db={db} i18n={createI18n(preferences.language)} router={router} initialPreferences={preferences} />);
  return { ...view, db, router };
}
