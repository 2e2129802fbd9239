/**
 * Person matching across facilities and scripts (issue P6 item 4): pairs of custody records
 * of different registers that may describe one person, the adviser's decision on each
 * (confirmed, rejected, withdrawn: ledger events), and the combined history of the records
 * a confirmed pair links.
 */
import type { FeatureDefinition } from '../../app/feature';
import { LinkedHistoryScreen } from './LinkedHistoryScreen';
import { MatchingScreen } from './MatchingScreen';
import './matching.css';

export const matchingFeature: FeatureDefinition = {
  id: 'matching',
  path: 'matching',
  navLabelKey: 'matching.nav',
  Screen: MatchingScreen,
  requires: 'oversight.read',
};

export const linkedHistoryFeature: FeatureDefinition = {
  id: 'matching-linked',
  path: 'matching/person/:recordId',
  inNav: false,
  navLabelKey: 'matching.linked.nav',
  Screen: LinkedHistoryScreen,
  requires: 'oversight.read',
};

export { linkedHref } from './routes';
