/** Translation keys chosen by value: each map names every value's key as a literal. */
import type { AlertEvidence, AlertKind, AlertSeverity, MissingDetail } from '@shared/oversight/alerts';
import type { BundleFindingKind } from '@shared/oversight/integrity';
import type { RollCallProblemCode } from '@shared/oversight/rollCall';
import type { TranslationKey } from '../../i18n/translationKey';

export const SEVERITY_KEYS: Readonly<Record<AlertSeverity, TranslationKey>> = {
  critical: 'oversight.severity.critical',
  warning: 'oversight.severity.warning',
  notice: 'oversight.severity.notice',
};

export const ALERT_TITLE_KEYS: Readonly<Record<AlertKind, TranslationKey>> = {
  transfer_unmatched: 'oversight.alerts.kind.transferUnmatched',
  release_without_recipient: 'oversight.alerts.kind.releaseWithoutRecipient',
  escape_without_report: 'oversight.alerts.kind.escapeWithoutReport',
  death_without_details: 'oversight.alerts.kind.deathWithoutDetails',
  transfer_late: 'oversight.alerts.kind.transferLate',
  transfer_unknown_destination: 'oversight.alerts.kind.transferUnknownDestination',
  transfer_in_transit: 'oversight.alerts.kind.transferInTransit',
};

export const MISSING_KEYS: Readonly<Record<MissingDetail, TranslationKey>> = {
  releasedTo: 'oversight.alerts.missing.releasedTo',
  reportedAt: 'oversight.alerts.missing.reportedAt',
  nextOfKinInformedAt: 'oversight.alerts.missing.nextOfKinInformedAt',
  judicialAuthorityReportedAt: 'oversight.alerts.missing.judicialAuthorityReportedAt',
};

export const EVIDENCE_ROLE_KEYS: Readonly<Record<AlertEvidence['role'], TranslationKey>> = {
  departure: 'oversight.evidence.role.departure',
  arrival: 'oversight.evidence.role.arrival',
  exit: 'oversight.evidence.role.exit',
};

export const BUNDLE_FINDING_KEYS: Readonly<Record<BundleFindingKind, TranslationKey>> = {
  fork: 'oversight.integrity.bundleKind.fork',
  'conflicting-bundle': 'oversight.integrity.bundleKind.conflicting',
  'broken-bundle-chain': 'oversight.integrity.bundleKind.brokenChain',
  held: 'oversight.integrity.bundleKind.held',
  out_of_sequence: 'oversight.integrity.bundleKind.outOfSequence',
};

/** Problems named by their line; the two column problems also name the column and are worded apart. */
export type LineProblemCode = Exclude<RollCallProblemCode, 'unknown-column' | 'duplicate-column'>;

export const ROLL_CALL_PROBLEM_KEYS: Readonly<Record<LineProblemCode, TranslationKey>> = {
  'too-large': 'oversight.rollCall.problem.tooLarge',
  'too-many-rows': 'oversight.rollCall.problem.tooManyRows',
  'unclosed-quote': 'oversight.rollCall.problem.unclosedQuote',
  'quote-in-field': 'oversight.rollCall.problem.quoteInField',
  'text-after-quote': 'oversight.rollCall.problem.textAfterQuote',
  empty: 'oversight.rollCall.problem.empty',
  'no-name-column': 'oversight.rollCall.problem.noNameColumn',
  'field-count': 'oversight.rollCall.problem.fieldCount',
  'no-name': 'oversight.rollCall.problem.noName',
  'bad-birth': 'oversight.rollCall.problem.badBirth',
};
