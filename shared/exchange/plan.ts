/**
 * What an export carries (issue P5 item 3): for each ledger included, a range of seqs.
 * "New" continues from what every chosen contact already received, so no contact misses
 * anything (a contact who received less gets some events twice, which importing ignores);
 * "everything" starts each ledger at seq 1. And what a set of events amounts to, by kind,
 * for the previews of export and import.
 */
import type { LedgerEvent } from '../ledger/envelope';
import type { BundleHistory } from './history';
import { sentThrough } from './history';

/** Seqs `fromSeq`..`toSeq` of one ledger. */
export type LedgerRange = { ledger: string; fromSeq: number; toSeq: number };

/** What to include in an export. */
export type ExportScope = 'new' | 'everything';

export type PlanInput = {
  /** This installation's ledger, always included. */
  ownLedger: string;
  /** The last seq held of each ledger. */
  heads: ReadonlyMap<string, number>;
  /** Whether ledgers received from other installations are passed on too. */
  includeReceived: boolean;
  scope: ExportScope;
  /** Ledger ids of the chosen contacts; empty for a passphrase bundle. */
  contacts: readonly string[];
  history: BundleHistory;
};

/**
 * The ranges to export, ordered by ledger id (the order of a bundle's events file); ledgers
 * with nothing to send are left out. A passphrase bundle has no known reader, so it always
 * carries everything.
 */
export function planExport(input: PlanInput): LedgerRange[] {
  const ledgers = [...input.heads.keys()].filter((ledger) => ledger === input.ownLedger || input.includeReceived);
  const ranges: LedgerRange[] = [];
  for (const ledger of ledgers.sort()) {
    const toSeq = input.heads.get(ledger) ?? 0;
    const fromSeq = input.scope === 'everything' || input.contacts.length === 0 ? 1 : firstUnsent(input, ledger);
    if (toSeq >= fromSeq) ranges.push({ ledger, fromSeq, toSeq });
  }
  return ranges;
}

function firstUnsent(input: PlanInput, ledger: string): number {
  return Math.min(...input.contacts.map((contact) => sentThrough(input.history, contact, ledger))) + 1;
}

/** Kinds of events people look for in a preview. */
export const EVENT_KINDS = ['records', 'corrections', 'voids', 'inspections', 'facility', 'users', 'contacts', 'bundles', 'other'] as const;
/** One of EVENT_KINDS. */
export type EventKind = (typeof EVENT_KINDS)[number];

/** The kind of an event type: a new custody record, a correction, a void, or the area it belongs to. */
export function kindOf(type: string): EventKind {
  if (type === 'custody.admitted') return 'records';
  if (type.endsWith('.corrected')) return 'corrections';
  if (type.endsWith('.voided')) return 'voids';
  const area = type.slice(0, type.indexOf('.'));
  switch (area) {
    case 'inspection':
    case 'template':
    case 'action':
      return 'inspections';
    case 'ledger':
    case 'facility':
      return 'facility';
    case 'user':
      return 'users';
    case 'contact':
      return 'contacts';
    case 'bundle':
      return 'bundles';
    default:
      return 'other';
  }
}

/** Events of one ledger in a preview: their range, how many of each kind, and the facility named by them. */
export type LedgerSummary = {
  ledger: string;
  fromSeq: number;
  toSeq: number;
  count: number;
  byKind: Partial<Record<EventKind, number>>;
  /** The facility's name from a `ledger.created` or `facility.updated` among the events, if any. */
  facilityName: string | null;
};

/** Summaries per ledger of consecutive runs of events (events ordered by ledger, then seq). */
export function summarizeEvents(events: readonly LedgerEvent[]): LedgerSummary[] {
  const summaries = new Map<string, LedgerSummary>();
  for (const event of events) addToSummaries(summaries, event);
  return [...summaries.values()];
}

/** Counts one event into its ledger's summary (summarizeEvents without holding the events). */
export function addToSummaries(summaries: Map<string, LedgerSummary>, event: LedgerEvent): void {
  const summary = summaries.get(event.ledger) ?? { ledger: event.ledger, fromSeq: event.seq, toSeq: event.seq, count: 0, byKind: {}, facilityName: null };
  const kind = kindOf(event.type);
  summary.byKind[kind] = (summary.byKind[kind] ?? 0) + 1;
  summary.count += 1;
  summary.fromSeq = Math.min(summary.fromSeq, event.seq);
  summary.toSeq = Math.max(summary.toSeq, event.seq);
  if (event.type === 'ledger.created' || event.type === 'facility.updated') {
    const name = (event.payload as { name?: unknown }).name;
    if (typeof name === 'string') summary.facilityName = name;
  }
  summaries.set(event.ledger, summary);
}
