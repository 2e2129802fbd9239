/**
 * The bundle history of each ledger held (pure reducer): bundles exported, imported,
 * held until a missing one arrives, and refused as evidence. From it follow the numbers of
 * the next bundle to send, what each contact already received, and the continuity state
 * the importer needs for each sender (design §6 step 3, security.md §5.3).
 */
import type { SenderContinuity } from '../bundle/continuity';
import type { LedgerEvent } from '../ledger/envelope';
import type { Stamp } from './contacts';
import type { ExchangePayloads } from './eventTypes';

/** A bundle sent. */
export type ExportEntry = ExchangePayloads['bundle.exported'] & { stamp: Stamp };
/** A bundle received and applied. */
export type ImportEntry = ExchangePayloads['bundle.imported'] & { stamp: Stamp };
/** A bundle received and kept until what it needs arrives. */
export type HeldEntry = ExchangePayloads['bundle.held'] & { stamp: Stamp };
/** A bundle refused as possible tampering, kept as evidence. */
export type RefusedEntry = ExchangePayloads['bundle.refused'] & { stamp: Stamp };

/** One ledger's bundle history, oldest first. `held` lists only bundles still waiting. */
export type BundleHistory = {
  exports: readonly ExportEntry[];
  imports: readonly ImportEntry[];
  held: readonly HeldEntry[];
  refused: readonly RefusedEntry[];
};

/** The bundle history of every ledger held. */
export type HistoryState = { byLedger: ReadonlyMap<string, BundleHistory> };

/** A ledger that has neither sent nor received anything. */
export const EMPTY_HISTORY: BundleHistory = Object.freeze({ exports: [], imports: [], held: [], refused: [] });

const stampOf = (event: LedgerEvent): Stamp => ({ at: event.recordedAt, by: event.author.name, seq: event.seq });

// Payloads were validated against their schemas when written and when verified.
function nextHistory(history: BundleHistory, event: LedgerEvent): BundleHistory {
  const stamp = stampOf(event);
  switch (event.type) {
    case 'bundle.exported':
      return { ...history, exports: [...history.exports, { ...(event.payload as ExchangePayloads['bundle.exported']), stamp }] };
    case 'bundle.imported': {
      const entry = { ...(event.payload as ExchangePayloads['bundle.imported']), stamp };
      return { ...history, imports: [...history.imports, entry], held: withoutHeld(history.held, entry.manifestHash) };
    }
    case 'bundle.held': {
      const entry = { ...(event.payload as ExchangePayloads['bundle.held']), stamp };
      return { ...history, held: [...withoutHeld(history.held, entry.manifestHash), entry] };
    }
    case 'bundle.refused': {
      const entry = { ...(event.payload as ExchangePayloads['bundle.refused']), stamp };
      return { ...history, refused: [...history.refused, entry], held: withoutHeld(history.held, entry.manifestHash) };
    }
    default:
      return history;
  }
}

function withoutHeld(held: readonly HeldEntry[], manifestHash: string): readonly HeldEntry[] {
  return held.some((entry) => entry.manifestHash === manifestHash) ? held.filter((entry) => entry.manifestHash !== manifestHash) : held;
}

/** The state after a batch of events; each touched ledger's history is rebuilt once per event type. */
export function applyHistoryEvents(state: HistoryState, events: readonly LedgerEvent[]): HistoryState {
  let byLedger: Map<string, BundleHistory> | undefined;
  for (const event of events) {
    if (!event.type.startsWith('bundle.')) continue;
    byLedger ??= new Map(state.byLedger);
    byLedger.set(event.ledger, nextHistory(byLedger.get(event.ledger) ?? EMPTY_HISTORY, event));
  }
  return byLedger === undefined ? state : { byLedger };
}

/** An empty state. */
export function initialHistoryState(): HistoryState {
  return { byLedger: new Map() };
}

/** The number and predecessor of the next bundle this installation sends (one sequence for all recipients). */
export function nextBundleNumber(history: BundleHistory): { bundleSeq: number; prevBundle: string } {
  const last = history.exports.at(-1);
  return last === undefined ? { bundleSeq: 1, prevBundle: '' } : { bundleSeq: last.bundleSeq + 1, prevBundle: last.manifestHash };
}

/** The highest seq of `ledger` already sent to the contact (0 if none). */
export function sentThrough(history: BundleHistory, contactLedger: string, ledger: string): number {
  let through = 0;
  for (const entry of history.exports) {
    if (entry.to.kind !== 'contacts' || !entry.to.ledgers.includes(contactLedger)) continue;
    for (const segment of entry.segments) if (segment.ledger === ledger) through = Math.max(through, segment.toSeq);
  }
  return through;
}

/** The last bundle applied from this sender, if any. */
export function lastImportFrom(history: BundleHistory, senderLedger: string): ImportEntry | undefined {
  let last: ImportEntry | undefined;
  for (const entry of history.imports) {
    if (entry.sender.ledger === senderLedger && (last === undefined || entry.bundleSeq > last.bundleSeq)) last = entry;
  }
  return last;
}

/** What the importer needs to place a new bundle of this sender: its last bundle, and every bundle applied. */
export function senderContinuity(history: BundleHistory, senderLedger: string): SenderContinuity | undefined {
  const last = lastImportFrom(history, senderLedger);
  if (last === undefined) return undefined;
  const imported = new Set(history.imports.map((entry) => entry.manifestHash));
  return { lastBundleSeq: last.bundleSeq, lastBundleManifestHash: last.manifestHash, isImported: (hash) => imported.has(hash) };
}

/** Whether a bundle with this manifest hash was applied here. */
export function isImported(history: BundleHistory, manifestHash: string): boolean {
  return history.imports.some((entry) => entry.manifestHash === manifestHash);
}
