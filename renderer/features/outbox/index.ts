/**
 * The outbox (issue P5 item 4): bundles saved from Export can be uploaded to contacts'
 * HTTPS inboxes, retried until they arrive. Only the desktop app sends; the browser build
 * explains why it cannot. OutboxBackground keeps sending whatever screen is open.
 */
import type { FeatureDefinition } from '../../app/feature';
import { OutboxScreen } from './OutboxScreen';
import './outbox.css';

export const outboxFeature: FeatureDefinition = {
  id: 'outbox',
  path: 'outbox',
  navLabelKey: 'outbox.nav',
  Screen: OutboxScreen,
  requires: 'exchange.export',
};

export { OutboxBackground } from './OutboxBackground';
export { SendExportNow, sendExportNow } from './SendExportNow';
export { useQueueBundle } from './useQueueBundle';
export { useEndpoints } from './queries';
