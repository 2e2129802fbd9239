/**
 * What each role may do. Screens ask `can(role, capability)` (or the useCan hook) rather
 * than testing role names, so a later feature adds a capability here once and every
 * screen that offers it follows. Capabilities are named `area.verb`.
 */
import type { UserRole } from '@shared/ledger/coreEventTypes';

export const CAPABILITIES = [
  /** See the detainee register. */
  'register.read',
  /** Admit, correct and record custody events. */
  'register.write',
  /** See the medical section of a record. */
  'medical.read',
  /** Record medical examinations. */
  'medical.write',
  /** Run inspections of conditions and follow corrective actions. */
  'inspections.write',
  /** See the audit trail. */
  'audit.read',
  /** Add and remove users, change roles and reset passphrases. */
  'users.manage',
  /** Change the facility profile. */
  'facility.manage',
  /** Change how this computer protects the register (the auto-lock delay). */
  'security.manage',
  /** Re-verify storage and rebuild projections. */
  'ledger.verify',
  /** Export signed bundles. */
  'exchange.export',
  /** Import bundles from other installations. */
  'exchange.import',
  /** See the oversight screens: facilities overview, disappearance alerts, roll-call, integrity audit. */
  'oversight.read',
  /** Confirm, reject or withdraw that two records of different facilities are one person. */
  'matching.write',
  /** See partner assessments, mitigation plans and decisions, and adviser reports. */
  'partners.read',
  /** Record partner assessments, mitigation measures and decisions on support. */
  'partners.write',
  /** Export statistics without names (small counts suppressed). */
  'statistics.share',
] as const;
export type Capability = (typeof CAPABILITIES)[number];

const ROLE_CAPABILITIES: Readonly<Record<UserRole, readonly Capability[]>> = {
  registrar: ['register.read', 'register.write', 'audit.read', 'exchange.export'],
  supervisor: ['register.read', 'register.write', 'inspections.write', 'audit.read', 'ledger.verify', 'exchange.export', 'exchange.import', 'oversight.read', 'partners.read', 'statistics.share'],
  // Medical staff see the medical section and write it; they read the register to find people.
  medical: ['register.read', 'medical.read', 'medical.write'],
  // Advisers audit: they read and import, and never write register entries.
  adviser: ['register.read', 'inspections.write', 'audit.read', 'ledger.verify', 'exchange.export', 'exchange.import', 'oversight.read', 'matching.write', 'partners.read', 'partners.write', 'statistics.share'],
  administrator: [
    'register.read',
    'register.write',
    'audit.read',
    'users.manage',
    'facility.manage',
    'security.manage',
    'ledger.verify',
    'exchange.export',
    'exchange.import',
    'oversight.read',
    'partners.read',
    'statistics.share',
  ],
};

export function can(role: UserRole, capability: Capability): boolean {
  return ROLE_CAPABILITIES[role].includes(capability);
}
