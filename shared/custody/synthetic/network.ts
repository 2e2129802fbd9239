/**
 * Several synthetic facilities that transfer detainees between them, for advisers' training
 * and the transfer reconciliation (issue P6): a transfer out of A to B is followed, a few
 * hours later, by an admission at B of the same person (same names, father, birth) and a
 * transfer in naming A. Some transfers never arrive, as a disappearance would look.
 * Deterministic from the seed and the list of facilities: every facility of a network can
 * be generated on its own (by `habeas make-demo` run once per facility) and still agree
 * with the others.
 */
import type { LegalRegime } from '../events/common';
import type { SyntheticStay } from './admission';
import { identityOf } from './admission';
import type { SyntheticFacility } from './generateFacility';
import { generateFacility } from './generateFacility';
import { buildPerson } from './person';
import type { Rng } from './prng';
import { createRng } from './prng';
import { DAY_MS, HOUR_MS } from './time';

/** Options of generateNetwork. */
export type GenerateNetworkOptions = {
  /** Facility names, at least two, each once. */
  readonly facilities: readonly string[];
  /** Detainees of each facility besides those transferred within the network. */
  readonly detainees: number;
  readonly seed: string;
  /** Earliest admission, ISO 8601. */
  readonly start: string;
  /** Nothing happens or is recorded after it. ISO 8601. */
  readonly now: string;
  /** Transfers out of each facility to another of the network (default: a tenth of `detainees`, at least one). */
  readonly transfersPerFacility?: number;
  /** How many of the network's transfers never arrive (default 0). */
  readonly lostTransfers?: number;
  readonly offsetMinutes?: number;
  readonly legalRegime?: LegalRegime;
};

/** One transfer between two facilities of the network. */
export type NetworkTransfer = {
  readonly key: string;
  readonly from: string;
  readonly to: string;
  readonly departedMs: number;
  /** Undefined: the person never arrived. */
  readonly arrivedMs: number | undefined;
};

/** One facility of the network. */
export type NetworkFacility = { readonly name: string; readonly registerPrefix: string; readonly facility: SyntheticFacility };

/** The generated network. */
export type SyntheticNetwork = {
  readonly facilities: readonly NetworkFacility[];
  readonly transfers: readonly NetworkTransfer[];
  /** Where transfers outside the network go: a place none of the network's facilities is named. */
  readonly outsideDestination: string;
};

/** Most transfers out of one facility. */
export const MAX_NETWORK_TRANSFERS_PER_FACILITY = 1000;
const OUTSIDE_PLACES = ['Southern Remand Centre', 'Eastern Military Detention Centre', 'Western Reform Centre'];

/**
 * A register prefix per facility: the initials of its name, or `F` and its position when
 * that gives nothing usable or repeats an earlier one.
 */
export function networkPrefixes(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name, index) => {
    const initials = name.split(/\s+/).map((word) => word.charAt(0).toUpperCase()).filter((letter) => /^[A-Z0-9]$/.test(letter)).join('').slice(0, 6);
    const prefix = initials.length === 0 || used.has(initials) ? `F${index + 1}` : initials;
    used.add(prefix);
    return prefix;
  });
}

type PlannedTransfer = NetworkTransfer & { readonly stay: SyntheticStay; readonly citesOrigin: boolean; readonly arrivalRecordedMs: number };

function planTransfer(rng: Rng, key: string, from: string, to: string, span: { startMs: number; endMs: number }, regime: LegalRegime): PlannedTransfer {
  const admittedMs = span.startMs + Math.floor((rng.next() * Math.max(span.endMs - span.startMs - 2 * DAY_MS, 0)) / 1000) * 1000;
  const departedMs = Math.min(admittedMs + rng.int(2, 45) * DAY_MS + rng.int(0, 23) * HOUR_MS, span.endMs);
  // Most transfers arrive the same day; a few after a long road or an overnight stop.
  const arrivedMs = departedMs + (rng.chance(0.8) ? rng.int(2, 10) : rng.int(12, 40)) * HOUR_MS + rng.int(0, 59) * 60_000;
  const person = buildPerson(rng, 0, admittedMs, regime);
  const identity = identityOf(person, rng);
  const stay: SyntheticStay = {
    key, person, identity, admittedMs,
    recordedMs: admittedMs + rng.int(5, 60) * 60_000,
    departure: { destination: to, atMs: departedMs },
  };
  return { key, from, to, departedMs, arrivedMs, stay, citesOrigin: rng.chance(0.7), arrivalRecordedMs: arrivedMs + rng.int(5, 60) * 60_000 };
}

/** Transfers out of each facility when not given: a tenth of its detainees, at least one. */
export function defaultTransfersPerFacility(detainees: number): number {
  return Math.min(MAX_NETWORK_TRANSFERS_PER_FACILITY, Math.max(1, Math.floor(detainees / 10)));
}

/** Every transfer of the network, in a fixed order; the first `lost` never arrive. */
function planTransfers(options: GenerateNetworkOptions, startMs: number, nowMs: number): PlannedTransfer[] {
  const rng = createRng(`${options.seed}:network:${options.facilities.join('\u0000')}`);
  const perFacility = Math.min(options.transfersPerFacility ?? defaultTransfersPerFacility(options.detainees), MAX_NETWORK_TRANSFERS_PER_FACILITY);
  // Departures end five days before now, so every window has passed and a lost transfer shows.
  const span = { startMs, endMs: Math.max(startMs, nowMs - 5 * DAY_MS) };
  const transfers: PlannedTransfer[] = [];
  options.facilities.forEach((from, index) => {
    const others = options.facilities.filter((_, other) => other !== index);
    for (let n = 0; n < perFacility; n++) {
      transfers.push(planTransfer(rng, `T${index + 1}.${n + 1}`, from, rng.pick(others), span, options.legalRegime ?? 'criminal'));
    }
  });
  const lost = options.lostTransfers ?? 0;
  return transfers.map((transfer, index) => (index < lost ? { ...transfer, arrivedMs: undefined } : transfer));
}

/** The arrival of a transfer at its destination, citing the origin's register number and record id when the file gave them. */
function arrivalStay(transfer: PlannedTransfer, origin: SyntheticFacility | undefined): SyntheticStay | undefined {
  if (transfer.arrivedMs === undefined) return undefined;
  const written = transfer.citesOrigin ? origin?.stays?.get(transfer.key) : undefined;
  const arrival = written === undefined
    ? { fromPlace: transfer.from }
    : { fromPlace: transfer.from, originRegisterNumber: written.registerNumber, originRecordId: written.recordId };
  const { person, identity } = transfer.stay;
  return { key: `${transfer.key}:in`, person, identity, admittedMs: transfer.arrivedMs, recordedMs: transfer.arrivalRecordedMs, arrival };
}

type FacilitySpec = { readonly name: string; readonly prefix: string; readonly outside: string };

function facilityWith(options: GenerateNetworkOptions, spec: FacilitySpec, stays: SyntheticStay[]): SyntheticFacility {
  return generateFacility({
    detainees: options.detainees,
    seed: `${options.seed}:${spec.name}`,
    start: options.start,
    now: options.now,
    registerPrefix: spec.prefix,
    place: spec.name,
    offsetMinutes: options.offsetMinutes ?? 180,
    legalRegime: options.legalRegime ?? 'criminal',
    stays,
    outsideDestination: spec.outside,
  });
}

/** A facility's stays: its departures and its arrivals (citing origins written in `origins`, if given). */
function staysOf(transfers: readonly PlannedTransfer[], name: string, origins?: ReadonlyMap<string, SyntheticFacility>): SyntheticStay[] {
  const departures = transfers.filter((transfer) => transfer.from === name).map((transfer) => transfer.stay);
  const arrivals = transfers.filter((transfer) => transfer.to === name).flatMap((transfer) => arrivalStay(transfer, origins?.get(transfer.from)) ?? []);
  return [...departures, ...arrivals];
}

/**
 * The network, or only the facility named `only` (the others are still generated once, to
 * learn the register numbers and record ids a transfer in may cite).
 * @throws RangeError for fewer than two facilities, a name given twice, or more lost transfers than transfers
 */
export function generateNetwork(options: GenerateNetworkOptions, only?: string): SyntheticNetwork {
  const names = options.facilities;
  if (names.length < 2 || new Set(names).size !== names.length) throw new RangeError('a network needs at least two facilities, each named once');
  const startMs = Math.floor(Date.parse(options.start) / 1000) * 1000;
  const nowMs = Math.floor(Date.parse(options.now) / 1000) * 1000;
  const transfers = planTransfers(options, startMs, nowMs);
  if ((options.lostTransfers ?? 0) > transfers.length) throw new RangeError('more lost transfers than transfers');
  const outside = OUTSIDE_PLACES.find((place) => !names.includes(place)) ?? 'Outside the network';
  const specs = networkPrefixes(names).map((prefix, index): FacilitySpec => ({ name: names[index] ?? '', prefix, outside }));
  // First pass: where each departure was written at its origin. What an arrival cites uses
  // no random numbers, so the second pass writes every stay at the same place.
  const origins = new Map(specs.map((spec) => [spec.name, facilityWith(options, spec, staysOf(transfers, spec.name))]));
  const facilities = specs.flatMap((spec): NetworkFacility[] => {
    if (only !== undefined && spec.name !== only) return [];
    return [{ name: spec.name, registerPrefix: spec.prefix, facility: facilityWith(options, spec, staysOf(transfers, spec.name, origins)) }];
  });
  const publicTransfers = transfers.map(({ key, from, to, departedMs, arrivedMs }) => ({ key, from, to, departedMs, arrivedMs }));
  return { facilities, transfers: publicTransfers, outsideDestination: outside };
}
