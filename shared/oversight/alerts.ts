/**
 * Disappearance alerts (issue P6 item 3): a transfer that never arrived, a release without
 * saying to whom, an escape not reported to an authority, a death without the family told
 * or the judicial authority informed. These are how a person vanishes from a register
 * while the register still looks complete, so they carry the highest severity and the
 * events they rest on, so an adviser can open the evidence at once.
 */
import type { JsonValue } from '../crypto/canonicalJson';
import type { CustodyRecord, TimelineEntry } from '../custody/projection/types';
import type { EventPlace, TransferReconciliation } from './transfers';

/** Severities, highest first. */
export const ALERT_SEVERITIES = ['critical', 'warning', 'notice'] as const;
/** One of ALERT_SEVERITIES. */
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

/** What an alert is about. */
export const ALERT_KINDS = [
  'transfer_unmatched',
  'release_without_recipient',
  'escape_without_report',
  'death_without_details',
  'transfer_late',
  'transfer_unknown_destination',
  'transfer_in_transit',
] as const;
/** One of ALERT_KINDS. */
export type AlertKind = (typeof ALERT_KINDS)[number];

/** The severity of each kind. */
export const ALERT_SEVERITY: Readonly<Record<AlertKind, AlertSeverity>> = {
  transfer_unmatched: 'critical',
  release_without_recipient: 'critical',
  escape_without_report: 'critical',
  death_without_details: 'critical',
  transfer_late: 'warning',
  transfer_unknown_destination: 'notice',
  transfer_in_transit: 'notice',
};

/** A required detail an exit event lacks (its payload member). */
export const MISSING_DETAILS = ['releasedTo', 'reportedAt', 'nextOfKinInformedAt', 'judicialAuthorityReportedAt'] as const;
/** One of MISSING_DETAILS. */
export type MissingDetail = (typeof MISSING_DETAILS)[number];

/** An event the alert rests on. */
export type AlertEvidence = EventPlace & { readonly role: 'departure' | 'arrival' | 'exit'; readonly type: TimelineEntry['type'] | 'custody.admitted' };

/** One alert. */
export type OversightAlert = {
  /** Stable: the kind and the event it is about. */
  readonly id: string;
  readonly kind: AlertKind;
  readonly severity: AlertSeverity;
  readonly ledger: string;
  readonly recordId: string;
  readonly registerLabel: string;
  readonly occurredMs: number;
  readonly evidence: readonly AlertEvidence[];
  readonly missing: readonly MissingDetail[];
  /** Transfers: where to, the ledger of the destination if held, when the window closed, the delay of a late arrival. */
  readonly destination?: string;
  readonly destinationLedger?: string;
  readonly windowEndsMs?: number;
  readonly delayMs?: number;
};

const TRANSFER_KINDS: Readonly<Record<TransferReconciliation['outcome'], AlertKind | undefined>> = {
  matched: undefined,
  late: 'transfer_late',
  in_transit: 'transfer_in_transit',
  unmatched: 'transfer_unmatched',
  unknown_destination: 'transfer_unknown_destination',
};

/** Alerts from reconciled transfers; arrivals in time raise none. */
export function transferAlerts(reconciliations: readonly TransferReconciliation[]): OversightAlert[] {
  return reconciliations.flatMap((item): OversightAlert[] => {
    const kind = TRANSFER_KINDS[item.outcome];
    if (kind === undefined) return [];
    const { departure, arrival } = item;
    const evidence: AlertEvidence[] = [{ ...departure, role: 'departure', type: 'custody.transferred_out' }];
    if (arrival !== undefined) {
      evidence.push({ ...arrival, role: 'arrival', type: arrival.via === 'admission' ? 'custody.admitted' : 'custody.transferred_in' });
    }
    return [{
      id: `${kind}:${departure.eventId}`,
      kind,
      severity: ALERT_SEVERITY[kind],
      ledger: departure.ledger,
      recordId: departure.recordId,
      registerLabel: departure.registerLabel,
      occurredMs: departure.occurredMs,
      evidence,
      missing: [],
      destination: departure.destination,
      ...(item.destinationLedger === undefined ? {} : { destinationLedger: item.destinationLedger }),
      windowEndsMs: item.windowEndsMs,
      ...(arrival === undefined ? {} : { delayMs: arrival.occurredMs - departure.occurredMs }),
    }];
  });
}

function hasKnownValue(value: JsonValue | undefined): boolean {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('value' in value)) return false;
  const inner = value.value;
  return typeof inner !== 'string' || inner.trim() !== '';
}

const EXIT_RULES: readonly { type: TimelineEntry['type']; kind: AlertKind; required: readonly MissingDetail[] }[] = [
  { type: 'custody.released', kind: 'release_without_recipient', required: ['releasedTo'] },
  { type: 'custody.escaped', kind: 'escape_without_report', required: ['reportedAt'] },
  { type: 'custody.died', kind: 'death_without_details', required: ['nextOfKinInformedAt', 'judicialAuthorityReportedAt'] },
];

/** Alerts for releases, escapes and deaths that lack what must be recorded (voided events and records skipped). */
export function exitAlerts(records: readonly CustodyRecord[]): OversightAlert[] {
  const alerts: OversightAlert[] = [];
  for (const record of records) {
    if (record.isVoided) continue;
    for (const entry of record.timeline) {
      const rule = EXIT_RULES.find((candidate) => candidate.type === entry.type);
      if (rule === undefined || record.voidedEventIds.has(entry.id)) continue;
      const missing = rule.required.filter((key) => !hasKnownValue(entry.facts[key]));
      if (missing.length === 0) continue;
      const place: EventPlace = { ledger: entry.ledger, seq: entry.seq, eventId: entry.id, recordId: record.id, registerLabel: record.registerLabel, occurredMs: entry.occurredMs, recordedMs: entry.recordedMs };
      alerts.push({
        id: `${rule.kind}:${entry.id}`, kind: rule.kind, severity: ALERT_SEVERITY[rule.kind], ledger: record.ledger,
        recordId: record.id, registerLabel: record.registerLabel, occurredMs: entry.occurredMs,
        evidence: [{ ...place, role: 'exit', type: entry.type }], missing,
      });
    }
  }
  return alerts;
}

/** Most severe first, then the newest, then by id so the order never depends on input order. */
export function sortAlerts(alerts: readonly OversightAlert[]): OversightAlert[] {
  return [...alerts].sort((a, b) =>
    ALERT_SEVERITIES.indexOf(a.severity) - ALERT_SEVERITIES.indexOf(b.severity) ||
    b.occurredMs - a.occurredMs ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Alerts per severity, for a summary. */
export function countBySeverity(alerts: readonly OversightAlert[]): Readonly<Record<AlertSeverity, number>> {
  const counts = { critical: 0, warning: 0, notice: 0 };
  for (const alert of alerts) counts[alert.severity] += 1;
  return counts;
}
