/**
 * Each feature keeps its strings in its own `features/<name>/locales/{en,fr,ar}.json`,
 * merged into the catalogue under the feature's name (key `register.list.title`), so
 * features grow their text without touching one shared file. A feature adds one line to
 * FeatureCatalogues so its keys are type-checked like the core ones.
 */
import type admissionCatalogue from '../features/admission/locales/en.json';
import type auditCatalogue from '../features/audit/locales/en.json';
import type custodyCatalogue from '../features/custody/locales/en.json';
import type detaineeCatalogue from '../features/detainee/locales/en.json';
import type draftsCatalogue from '../features/drafts/locales/en.json';
import type exchangeCatalogue from '../features/exchange/locales/en.json';
import type inspectionsCatalogue from '../features/inspections/locales/en.json';
import type lockCatalogue from '../features/lock/locales/en.json';
import type matchingCatalogue from '../features/matching/locales/en.json';
import type monitoringCatalogue from '../features/monitoring/locales/en.json';
import type outboxCatalogue from '../features/outbox/locales/en.json';
import type partnersCatalogue from '../features/partners/locales/en.json';
import type oversightCatalogue from '../features/oversight/locales/en.json';
import type populationCatalogue from '../features/population/locales/en.json';
import type printingCatalogue from '../features/printing/locales/en.json';
import type registerCatalogue from '../features/register/locales/en.json';
import type setupCatalogue from '../features/setup/locales/en.json';
import type trainingCatalogue from '../features/training/locales/en.json';
import type usersCatalogue from '../features/users/locales/en.json';
import type { Language } from './languages';

export type FeatureCatalogues = {
  admission: typeof admissionCatalogue;
  audit: typeof auditCatalogue;
  custody: typeof custodyCatalogue;
  detainee: typeof detaineeCatalogue;
  drafts: typeof draftsCatalogue;
  exchange: typeof exchangeCatalogue;
  inspections: typeof inspectionsCatalogue;
  lock: typeof lockCatalogue;
  matching: typeof matchingCatalogue;
  monitoring: typeof monitoringCatalogue;
  outbox: typeof outboxCatalogue;
  partners: typeof partnersCatalogue;
  oversight: typeof oversightCatalogue;
  population: typeof populationCatalogue;
  printing: typeof printingCatalogue;
  register: typeof registerCatalogue;
  setup: typeof setupCatalogue;
  training: typeof trainingCatalogue;
  users: typeof usersCatalogue;
};

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
