/** The audit trail: every event of every ledger held, filterable, with its chain status. */
import type { FeatureDefinition } from '../../app/feature';
import { AuditScreen } from './AuditScreen';

export const auditFeature: FeatureDefinition = {
  id: 'audit',
  path: 'audit',
  navLabelKey: 'nav.audit',
  Screen: AuditScreen,
  requires: 'audit.read',
};
