/**
 * Oversight of partners for advisers (domain.md §4.2–4.5): partner forces and authorities,
 * their dated assessments, risk-mitigation plans and the decision log; statistics shared
 * without names (small counts suppressed); and the adviser report per partner or facility.
 */
import type { FeatureDefinition } from '../../app/feature';
import { AdviserReportScreen } from './AdviserReportScreen';
import { PartnerScreen } from './PartnerScreen';
import { PartnersScreen } from './PartnersScreen';
import { ShareStatisticsScreen } from './ShareStatisticsScreen';
import './partners.css';

export { useFacilityChoices, usePartnersState } from './queries';
export { ADVISER_REPORT_PATH, PARTNERS_PATH, SHARE_STATISTICS_PATH, partnerHref } from './routes';

export const partnersFeature: FeatureDefinition = {
  id: 'partners',
  path: 'partners',
  navLabelKey: 'partners.nav',
  Screen: PartnersScreen,
  requires: 'partners.read',
};

export const partnerFeature: FeatureDefinition = {
  id: 'partner',
  path: 'partners/:partnerId',
  inNav: false,
  navLabelKey: 'partners.nav',
  Screen: PartnerScreen,
  requires: 'partners.read',
};

export const shareStatisticsFeature: FeatureDefinition = {
  id: 'share-statistics',
  path: 'share-statistics',
  navLabelKey: 'partners.share.nav',
  Screen: ShareStatisticsScreen,
  requires: 'statistics.share',
};

export const adviserReportFeature: FeatureDefinition = {
  id: 'adviser-report',
  path: 'adviser-report',
  inNav: false,
  navLabelKey: 'partners.report.title',
  Screen: AdviserReportScreen,
  requires: 'partners.read',
};
