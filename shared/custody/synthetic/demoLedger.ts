/**
 * The ledger of a synthetic facility (for `habeas make-demo`, training mode and the
 * benchmarks): a `ledger.created` event,
 * the staff who write the register, then every event of the shared synthetic facility
 * generator (shared/custody/synthetic), appended through the same `append` the app uses,
 * so each event is schema-checked, hashed and chained exactly as in a real installation.
 * Deterministic: the same seed, time and signing key give the same events.
 */
import type { AppendContext, LedgerHead } from '../../ledger/chain';
import { append, headOf } from '../../ledger/chain';
import type { FacilityProfile } from '../../ledger/coreEventTypes';
import type { Author, EventDraft, LedgerEvent } from '../../ledger/envelope';
import { ledgerIdOf } from '../../ledger/identity';
import type { EventRegistry } from '../../ledger/registry';
import type { SyntheticFacility } from './generateFacility';
import { generateFacility, syntheticUuidV7 } from './generateFacility';
import type { NetworkTransfer } from './network';
import { generateNetwork } from './network';
import type { SyntheticRole } from './plan';
import { createRng } from './prng';
import { atOffset, DAY_MS } from './time';

/** What a demo ledger is made from. */
export type DemoLedgerOptions = {
  readonly detainees: number;
  readonly seed: string;
  /** The demo's present: nothing is dated after it. */
  readonly now: Date;
  /** Facility name (the identity card's). */
  readonly facility: string;
  readonly signingPublicKey: Uint8Array;
  readonly registry: EventRegistry;
  /**
   * Make this facility one of a network that transfers detainees between its members
   * (network.ts). `facilities` names every member, this one (`facility`) included; each
   * member's ledger is made with the same seed, time, detainees and list.
   */
  readonly network?: { readonly facilities: readonly string[]; readonly lostTransfers?: number };
};

/** A demo ledger, its register prefix and, in a network, the transfers that leave or reach it. */
export type DemoLedger = {
  readonly events: LedgerEvent[];
  readonly registerPrefix: string;
  readonly transfers?: { readonly out: readonly NetworkTransfer[]; readonly in: readonly NetworkTransfer[] };
};

/** How far back the first admission goes. */
const HISTORY_DAYS = 365;
/** The facility's UTC offset, minutes (the generator's default), and a zone that has it all year. */
const OFFSET_MINUTES = 180;
const TIME_ZONE = 'Asia/Baghdad';

type Staff = { readonly administrator: Author } & { readonly [R in SyntheticRole]: Author };

function demoStaff(seed: string, atMs: number): Staff {
  const rng = createRng(`${seed}:staff`);
  const person = (name: string): Author => ({ id: syntheticUuidV7(atMs, rng), name });
  return {
    administrator: person('Demo administrator'),
    registrar: person('Demo registrar'),
    supervisor: person('Demo supervisor'),
    medical: person('Demo medical officer'),
  };
}

function profileOf(options: DemoLedgerOptions, registerPrefix: string): FacilityProfile {
  return {
    name: options.facility,
    code: `${registerPrefix}-DEMO`,
    registerPrefix,
    type: 'prison',
    location: 'Synthetic demonstration data: not a real facility',
    responsibleAuthority: 'Ministry of Justice, Prisons Directorate',
    // About a third of those admitted in a year are held at once; a quarter is over capacity, as is common.
    officialCapacity: Math.max(20, Math.ceil(options.detainees / 4)),
    timeZone: TIME_ZONE,
    legalRegime: 'criminal',
  };
}

/** Setup events (facility, staff) dated a few days before the first admission. */
function setupDrafts(options: DemoLedgerOptions, staff: Staff, registerPrefix: string, setupMs: number) {
  const at = atOffset(setupMs, OFFSET_MINUTES);
  const ledger = ledgerIdOf(options.signingPublicKey);
  const drafts: { draft: EventDraft; author: Author; recordedMs: number }[] = [
    { draft: { type: 'ledger.created', subject: ledger, occurredAt: at, payload: profileOf(options, registerPrefix) }, author: staff.administrator, recordedMs: setupMs },
  ];
  (['registrar', 'supervisor', 'medical'] as const).forEach((role, index) => {
    const user = staff[role];
    const payload = { userId: user.id, name: user.name, role };
    drafts.push({ draft: { type: 'user.added', subject: user.id, occurredAt: at, payload }, author: staff.administrator, recordedMs: setupMs + (index + 1) * 1000 });
  });
  return drafts;
}

type Generated = { readonly synthetic: SyntheticFacility; readonly transfers?: DemoLedger['transfers'] };

/** The synthetic facility alone, or as a member of its network. */
function generated(options: DemoLedgerOptions, startMs: number, nowMs: number): Generated {
  const common = { detainees: options.detainees, seed: options.seed, start: new Date(startMs).toISOString(), now: new Date(nowMs).toISOString(), offsetMinutes: OFFSET_MINUTES };
  const { network } = options;
  if (network === undefined) return { synthetic: generateFacility({ ...common, place: options.facility }) };
  const made = generateNetwork({ ...common, facilities: network.facilities, lostTransfers: network.lostTransfers ?? 0 }, options.facility);
  const own = made.facilities[0];
  if (own === undefined) throw new RangeError(`${options.facility} is not a member of the network`);
  const transfers = {
    out: made.transfers.filter((transfer) => transfer.from === options.facility),
    in: made.transfers.filter((transfer) => transfer.to === options.facility),
  };
  return { synthetic: own.facility, transfers };
}

/**
 * The demo ledger's events, seq 1 onwards.
 * @throws AppendError if the generator produced an event the registry refuses (a fault in the generator)
 * @throws RangeError if a network is given that this facility is not a member of, or that is not valid (network.ts)
 */
export function buildDemoLedger(options: DemoLedgerOptions): DemoLedger {
  const nowMs = Math.floor(options.now.getTime() / 1000) * 1000;
  const startMs = nowMs - HISTORY_DAYS * DAY_MS;
  const { synthetic, transfers } = generated(options, startMs, nowMs);
  const staff = demoStaff(options.seed, startMs - 3 * DAY_MS);
  const ledger = ledgerIdOf(options.signingPublicKey);
  const events: LedgerEvent[] = [];
  let head: LedgerHead = null;
  const add = (draft: EventDraft, author: Author, recordedMs: number, id: string) => {
    const ctx: AppendContext = { ledger, author, clock: { now: () => new Date(recordedMs) }, registry: options.registry, newId: () => id };
    const event = append(head, draft, ctx);
    events.push(event);
    head = headOf(event);
  };
  const setupIdRng = createRng(`${options.seed}:setup-ids`);
  for (const setup of setupDrafts(options, staff, synthetic.registerPrefix, startMs - 3 * DAY_MS)) {
    add(setup.draft, setup.author, setup.recordedMs, syntheticUuidV7(setup.recordedMs, setupIdRng));
  }
  for (const item of synthetic.drafts) add(item.draft, staff[item.role], item.recordedMs, item.id);
  return transfers === undefined ? { events, registerPrefix: synthetic.registerPrefix } : { events, registerPrefix: synthetic.registerPrefix, transfers };
}
