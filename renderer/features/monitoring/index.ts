/**
 * Monitoring and evaluation for advisers (issue P6 item 7, domain.md §4.2 step 3): the
 * indicators of a facility or a partner over time, two periods compared ("since support
 * began", "last quarter") and a plain summary of what changed. The data may suggest; a
 * person decides.
 */
import type { FeatureDefinition } from '../../app/feature';
import { MonitoringScreen } from './MonitoringScreen';
import './monitoring.css';

export const monitoringFeature: FeatureDefinition = {
  id: 'monitoring',
  path: 'monitoring',
  navLabelKey: 'monitoring.nav',
  Screen: MonitoringScreen,
  requires: 'oversight.read',
};
