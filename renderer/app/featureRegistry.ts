import { auditFeature } from '../features/audit';
import { contactsFeature, exportFeature, importFeature } from '../features/exchange';
import { homeFeature } from '../features/home';
import { actionsFeature, inspectionsFeature } from '../features/inspections';
import { outboxFeature } from '../features/outbox';
import { settingsFeature } from '../features/settings';
import { usersFeature } from '../features/users';
import type { FeatureDefinition } from './feature';

/** Every feature the app offers, in navigation order. Only what is listed here is shown. */
export const FEATURES: readonly FeatureDefinition[] = [homeFeature, inspectionsFeature, actionsFeature, auditFeature, importFeature, exportFeature, outboxFeature, contactsFeature, usersFeature, settingsFeature];
