/**
 * Each feature keeps its strings in its own `features/<name>/locales/{en,fr,ar}.json`,
 * merged into the catalogue under the feature's name (a key `title` of feature `register` is `register.title`), so
 * features grow their text without touching one shared file. A feature adds one line to
 * FeatureCatalogues so its keys are type-checked like the core ones.
 */
import type { Language } from './languages';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- features add their catalogue type here as they are built
export type FeatureCatalogues = {};

type Catalogue = Record<string, unknown>;

const FEATURE_LOCALE = /\/features\/([a-z][a-zA-Z0-9]*)\/locales\/([a-z]{2})\.json$/;

const modules = import.meta.glob<Catalogue>('../features/*/locales/*.json', { eager: true, import: 'default' });

/** The feature catalogues of one language, keyed by feature name. */
export function featureCataloguesFor(language: Language): Record<string, Catalogue> {
  const byFeature: Record<string, Catalogue> = {};
  for (const [path, catalogue] of Object.entries(modules)) {
    const match = FEATURE_LOCALE.exec(path);
    if (match?.[2] === language && match[1] !== undefined) byFeature[match[1]] = catalogue;
  }
  return byFeature;
}

/** Core catalogue plus every feature's, refusing a feature name that hides a core key. */
export function mergeCatalogues(core: Catalogue, features: Record<string, Catalogue>): Catalogue {
  const clash = Object.keys(features).find((name) => name in core);
  if (clash !== undefined) throw new Error(`i18n: feature catalogue "${clash}" collides with a core key`);
  return { ...core, ...features };
}
