/**
 * Oversight for advisers (issue P6): the facilities whose registers were imported, the
 * disappearance alerts (transfers that never arrived, exits without the required
 * details), the safeguard audit across facilities, the roll-call of a visit against a
 * register, and the register integrity audit.
 */
import type { FeatureDefinition } from '../../app/feature';
import { OversightScreen } from './OversightScreen';
import './oversight.css';
import './safeguards.css';

export const oversightFeature: FeatureDefinition = {
  id: 'oversight',
  path: 'oversight',
  navLabelKey: 'oversight.nav',
  Screen: OversightScreen,
  requires: 'oversight.read',
};

export { OVERSIGHT_PATH } from './viewParams';
export { useOversightAlerts, useOversightSettings } from './queries';
