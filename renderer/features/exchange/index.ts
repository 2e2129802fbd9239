/**
 * The exchange (issue P5): contacts and keys, export and import of bundles. Three screens
 * in the navigation; others may read the bundle history (the outbox reads exports).
 */
import type { FeatureDefinition } from '../../app/feature';
import { ContactsScreen } from './contacts/ContactsScreen';
import { ExportScreen } from './export/ExportScreen';
import { ImportScreen } from './import/ImportScreen';
import './exchange.css';

export const contactsFeature: FeatureDefinition = {
  id: 'contacts',
  path: 'contacts',
  navLabelKey: 'exchange.nav.contacts',
  Screen: ContactsScreen,
  // Everyone who sends or receives bundles keeps contacts; accepting bundles from one needs the import capability.
  requires: 'exchange.export',
};

export const exportFeature: FeatureDefinition = {
  id: 'export',
  path: 'export',
  navLabelKey: 'exchange.nav.export',
  Screen: ExportScreen,
  requires: 'exchange.export',
};

export const importFeature: FeatureDefinition = {
  id: 'import',
  path: 'import',
  navLabelKey: 'exchange.nav.import',
  Screen: ImportScreen,
  requires: 'exchange.import',
};

export { bundleHistoryProjection, contactsProjection } from './ledgerParts';
export { prepareExport, writeExport } from './export/commands';
export type { ExportRequest, PreparedExport } from './export/commands';
export { ExportFollowUpProvider } from './export/exportFollowUp';
export type { ExportFollowUp, ExportFollowUpProps } from './export/exportFollowUp';
export { useBundleHistory, useContacts } from './queries';
export type { BundleHistory, ExportEntry, HeldEntry, ImportEntry, RefusedEntry } from '@shared/exchange/history';
export type { ContactRecord } from '@shared/exchange/contacts';
