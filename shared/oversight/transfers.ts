/**
 * Transfer reconciliation (issue P6 item 3, domain.md §2 T-rows on transfers): every
 * transfer out of facility A to facility B must be followed, within a window, by the
 * arrival at B of the same person. Times are the instants the events say things happened
 * (occurredAt), never when each register wrote them: registers write late, and two ledgers'
 * clocks disagree, which a tolerance absorbs. An arrival is an admission at B or a
 * transfer in; a transfer in that cites the departing record id settles the identity.
 */
import type { CustodyRecord, TimelineEntry } from '../custody/projection/types';
import type { IdentityMatch, PreparedIdentity } from './identity';
import { compareIdentities, identityOfRecord, prepareIdentity, strengthRank } from './identity';
import { normalizeName } from '../custody/names';

/** Default window for an arrival, hours. */
export const DEFAULT_TRANSFER_WINDOW_HOURS = 72;
/** Default tolerance for clocks that disagree between ledgers, hours. */
export const DEFAULT_CLOCK_TOLERANCE_HOURS = 2;
/** How long after the window a late arrival is still looked for, days. */
export const LATE_ARRIVAL_SEARCH_DAYS = 30;
const HOUR_MS = 3_600_000;

/** A facility whose register is held here. */
export type FacilityRef = { readonly ledger: string; readonly name: string; readonly code: string };

/** How reconciliation is judged. */
export type TransferOptions = { readonly windowHours: number; readonly toleranceHours: number; readonly now: Date };

/** Where an event sits, for evidence. `seq` is absent for an admission (the projection keeps only its id). */
export type EventPlace = {
  readonly ledger: string;
  readonly seq?: number;
  readonly eventId: string;
  readonly recordId: string;
  readonly registerLabel: string;
  readonly occurredMs: number;
  readonly recordedMs: number;
};

/** An arrival at the destination. */
export type Arrival = EventPlace & { readonly via: 'admission' | 'transfer_in'; readonly cited: boolean; readonly match: IdentityMatch | undefined };

/** What became of one transfer out. */
export type TransferOutcome = 'matched' | 'late' | 'in_transit' | 'unmatched' | 'unknown_destination';

/** One transfer out and what was found for it. */
export type TransferReconciliation = {
  readonly departure: EventPlace & { readonly destination: string };
  readonly destinationLedger: string | undefined;
  readonly outcome: TransferOutcome;
  readonly arrival?: Arrival;
  /** When the window closes (departure + window + tolerance). */
  readonly windowEndsMs: number;
};

type Candidate = EventPlace & { readonly via: Arrival['via']; readonly citedRecordId: string | undefined; readonly record: CustodyRecord };

function isKnownValue(value: unknown): value is { value: string } {
  return typeof value === 'object' && value !== null && typeof (value as { value?: unknown }).value === 'string';
}

function placeOf(record: CustodyRecord, entry: TimelineEntry): EventPlace {
  return { ledger: entry.ledger, seq: entry.seq, eventId: entry.id, recordId: record.id, registerLabel: record.registerLabel, occurredMs: entry.occurredMs, recordedMs: entry.recordedMs };
}

function liveEntries(record: CustodyRecord, type: TimelineEntry['type']): TimelineEntry[] {
  return record.timeline.filter((entry) => entry.type === type && !record.voidedEventIds.has(entry.id));
}

/** Arrivals of one record: its transfers in, and its admission unless a transfer in accompanies it. */
function candidatesOf(record: CustodyRecord): Candidate[] {
  const transfersIn = liveEntries(record, 'custody.transferred_in').map((entry): Candidate => {
    const cited = entry.facts.originRecordId;
    return { ...placeOf(record, entry), via: 'transfer_in', citedRecordId: isKnownValue(cited) ? cited.value : undefined, record };
  });
  const isAccompanied = transfersIn.some((entry) => Math.abs(entry.occurredMs - record.admittedMs) <= 24 * HOUR_MS);
  if (isAccompanied) return transfersIn;
  const admission: Candidate = {
    ledger: record.ledger, eventId: record.admissionEventId, recordId: record.id, registerLabel: record.registerLabel,
    occurredMs: record.admittedMs, recordedMs: record.admissionRecordedMs, via: 'admission', citedRecordId: undefined, record,
  };
  return [admission, ...transfersIn];
}

/** Arrivals per ledger, by time. */
function arrivalsByLedger(records: readonly CustodyRecord[]): Map<string, Candidate[]> {
  const byLedger = new Map<string, Candidate[]>();
  for (const record of records) {
    if (record.isVoided) continue;
    const list = byLedger.get(record.ledger) ?? [];
    list.push(...candidatesOf(record));
    byLedger.set(record.ledger, list);
  }
  for (const list of byLedger.values()) list.sort((a, b) => a.occurredMs - b.occurredMs);
  return byLedger;
}

/** The index of the first candidate at or after `ms`. */
function firstFrom(list: readonly Candidate[], ms: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((list[mid]?.occurredMs ?? 0) < ms) low = mid + 1;
    else high = mid;
  }
  return low;
}

type Scored = { candidate: Candidate; match: IdentityMatch | undefined; cited: boolean };

/** Better first: cited, then stronger identity, then nearer in time to the departure. */
function isBetter(a: Scored, b: Scored | undefined, departureMs: number): boolean {
  if (b === undefined) return true;
  if (a.cited !== b.cited) return a.cited;
  const rank = strengthRank(a.match?.strength ?? 'none') - strengthRank(b.match?.strength ?? 'none');
  if (rank !== 0) return rank > 0;
  return Math.abs(a.candidate.occurredMs - departureMs) < Math.abs(b.candidate.occurredMs - departureMs);
}

type Search = {
  readonly list: readonly Candidate[];
  readonly used: ReadonlySet<string>;
  readonly identities: (record: CustodyRecord) => PreparedIdentity;
};

/** The best arrival between two instants for the departing record, or undefined. */
function bestArrival(search: Search, departing: CustodyRecord, departureMs: number, fromMs: number, toMs: number): Scored | undefined {
  const person = search.identities(departing);
  let best: Scored | undefined;
  for (let index = firstFrom(search.list, fromMs); index < search.list.length; index++) {
    const candidate = search.list[index];
    if (candidate === undefined || candidate.occurredMs > toMs) break;
    if (search.used.has(candidate.eventId) || candidate.recordId === departing.id) continue;
    const cited = candidate.citedRecordId === departing.id;
    const match = cited ? undefined : compareIdentities(person, search.identities(candidate.record));
    if (!cited && match?.strength === 'none') continue;
    const scored = { candidate, match, cited };
    if (isBetter(scored, best, departureMs)) best = scored;
  }
  return best;
}

function arrivalOf(scored: Scored): Arrival {
  const { candidate, match, cited } = scored;
  const { via, ledger, seq, eventId, recordId, registerLabel, occurredMs, recordedMs } = candidate;
  return { ledger, ...(seq === undefined ? {} : { seq }), eventId, recordId, registerLabel, occurredMs, recordedMs, via, cited, match };
}

type Departure = { record: CustodyRecord; entry: TimelineEntry; destination: string };

function departuresOf(records: readonly CustodyRecord[]): Departure[] {
  const departures: Departure[] = [];
  for (const record of records) {
    if (record.isVoided) continue;
    for (const entry of liveEntries(record, 'custody.transferred_out')) {
      const destination = entry.facts.destination;
      departures.push({ record, entry, destination: typeof destination === 'string' ? destination : '' });
    }
  }
  return departures.sort((a, b) => a.entry.occurredMs - b.entry.occurredMs || (a.entry.id < b.entry.id ? -1 : 1));
}

/** NOTE: adds the arrival it uses to `used`. Reconciles one departure. */
function reconcileOne(departure: Departure, ledgerOfPlace: (place: string) => string | undefined, ctx: { arrivals: Map<string, Candidate[]>; used: Set<string>; identities: Search['identities']; options: TransferOptions }): TransferReconciliation {
  const { record, entry, destination } = departure;
  const { windowHours, toleranceHours, now } = ctx.options;
  const departureMs = entry.occurredMs;
  const windowEndsMs = departureMs + (windowHours + toleranceHours) * HOUR_MS;
  const base = { departure: { ...placeOf(record, entry), destination }, windowEndsMs };
  const destinationLedger = ledgerOfPlace(destination);
  if (destinationLedger === undefined) return { ...base, destinationLedger, outcome: 'unknown_destination' };
  const search: Search = { list: ctx.arrivals.get(destinationLedger) ?? [], used: ctx.used, identities: ctx.identities };
  const fromMs = departureMs - toleranceHours * HOUR_MS;
  const inWindow = bestArrival(search, record, departureMs, fromMs, windowEndsMs);
  const found = inWindow ?? bestArrival(search, record, departureMs, windowEndsMs + 1, windowEndsMs + LATE_ARRIVAL_SEARCH_DAYS * 24 * HOUR_MS);
  if (found !== undefined) {
    ctx.used.add(found.candidate.eventId);
    return { ...base, destinationLedger, outcome: inWindow === undefined ? 'late' : 'matched', arrival: arrivalOf(found) };
  }
  return { ...base, destinationLedger, outcome: now.getTime() <= windowEndsMs ? 'in_transit' : 'unmatched' };
}

/** A lookup from a transfer's destination text to the ledger of a facility held, by name or code. */
export function placeResolver(facilities: readonly FacilityRef[]): (place: string) => string | undefined {
  const byPlace = new Map<string, string>();
  for (const facility of facilities) {
    for (const text of [facility.name, facility.code]) {
      const key = normalizeName(text);
      if (key !== '' && !byPlace.has(key)) byPlace.set(key, facility.ledger);
    }
  }
  return (place) => byPlace.get(normalizeName(place));
}

/** Every transfer out in the records held, oldest first, with what became of it. */
export function reconcileTransfers(records: readonly CustodyRecord[], facilities: readonly FacilityRef[], options: TransferOptions): TransferReconciliation[] {
  const prepared = new Map<string, PreparedIdentity>();
  const identities = (record: CustodyRecord): PreparedIdentity => {
    let identity = prepared.get(record.id);
    if (identity === undefined) {
      identity = prepareIdentity(identityOfRecord(record));
      prepared.set(record.id, identity);
    }
    return identity;
  };
  const ctx = { arrivals: arrivalsByLedger(records), used: new Set<string>(), identities, options };
  const resolve = placeResolver(facilities);
  return departuresOf(records).map((departure) => reconcileOne(departure, resolve, ctx));
}
