/**
 * Inspections of conditions of detention (domain.md §3) and the corrective actions that
 * follow them: two screens, and a panel for the overview.
 */
import type { FeatureDefinition } from '../../app/feature';
import { ActionsScreen } from './actions/ActionsScreen';
import { InspectionsScreen } from './InspectionsScreen';

export { ACTIONS_PATH, INSPECTIONS_PATH } from './viewParams';
export { ActionsHomePanel } from './actions/ActionsHomePanel';

export const inspectionsFeature: FeatureDefinition = {
  id: 'inspections',
  path: 'inspections',
  navLabelKey: 'inspections.nav',
  Screen: InspectionsScreen,
  requires: 'inspections.write',
};

export const actionsFeature: FeatureDefinition = {
  id: 'actions',
  path: 'actions',
  navLabelKey: 'inspections.actions.nav',
  Screen: ActionsScreen,
  requires: 'inspections.write',
};
