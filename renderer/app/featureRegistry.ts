import { admissionFeature } from '../features/admission';
import { auditFeature } from '../features/audit';
import { detaineeFeature } from '../features/detainee';
import { contactsFeature, exportFeature, importFeature } from '../features/exchange';
import { homeFeature } from '../features/home';
import { actionsFeature, inspectionsFeature } from '../features/inspections';
import { outboxFeature } from '../features/outbox';
import { linkedHistoryFeature, matchingFeature } from '../features/matching';
import { monitoringFeature } from '../features/monitoring';
import { oversightFeature } from '../features/oversight';
import { adviserReportFeature, partnerFeature, partnersFeature, shareStatisticsFeature } from '../features/partners';
import { populationFeature } from '../features/population';
import { needsActionFeature, registerExtractFeature, registerFeature } from '../features/register';
import { settingsFeature } from '../features/settings';
import { usersFeature } from '../features/users';
import type { FeatureDefinition } from './feature';

/** Every feature the app offers, in navigation order. Only what is listed here is shown. */
export const FEATURES: readonly FeatureDefinition[] = [homeFeature, registerFeature, needsActionFeature, registerExtractFeature, detaineeFeature, admissionFeature, populationFeature, inspectionsFeature, actionsFeature, oversightFeature, monitoringFeature, matchingFeature, linkedHistoryFeature, partnersFeature, partnerFeature, shareStatisticsFeature, adviserReportFeature, auditFeature, importFeature, exportFeature, outboxFeature, contactsFeature, usersFeature, settingsFeature];
