/**
 * A synthetic facility: ordered event drafts for training mode, benchmarks and the CLI.
 * Deterministic from the seed (a seeded PRNG, no Math.random, no clock): the same options
 * give the same drafts, ids included. Realistic Arabic and Latin names, women and
 * children, transfers and releases, and a few safeguards left overdue.
 */
import type { EventDraft } from '../../ledger/envelope';
import type { LegalRegime } from '../events/common';
import type { CustodyEventType } from '../eventTypes';
import type { AdmissionPayload } from '../events/admission';
import { knownValue } from '../known';
import { formatRegisterNumber } from '../registerNumbers';
import type { SyntheticPerson, SyntheticSite, SyntheticStay } from './admission';
import { admissionPayloadOf } from './admission';
import { buildPerson } from './person';
import type { PlanContext, PlannedEvent, SyntheticRole } from './plan';
import { planned } from './plan';
import { planAudit } from './planAudit';
import { planConsular, planFamily, planHealth, planIhl } from './planCare';
import { planArrival, planExit, planJudicial, planRegime } from './planCustody';
import type { Rng } from './prng';
import { createRng } from './prng';
import { atOffset, DAY_MS, HOUR_MS } from './time';

/** Options of generateFacility. */
export type GenerateFacilityOptions = {
  readonly detainees: number;
  readonly seed: string;
  /** Earliest admission, ISO 8601. */
  readonly start: string;
  /** The generator's now: nothing happens or is recorded after it. ISO 8601. */
  readonly now: string;
  readonly registerPrefix?: string;
  readonly legalRegime?: LegalRegime;
  readonly place?: string;
  readonly responsibleAuthority?: string;
  /** The facility's UTC offset in minutes (default +180). */
  readonly offsetMinutes?: number;
  /** Mean length of stay in days (default 120). */
  readonly meanStayDays?: number;
  /** People arriving from or leaving for other facilities of a network (network.ts), besides `detainees`. */
  readonly stays?: readonly SyntheticStay[];
  /** Where transfers outside the network go (default "Southern Remand Centre"). */
  readonly outsideDestination?: string;
};

/**
 * One draft with the id and device time (epoch ms) to append it with, and the role of its
 * author. Append with a clock reading `recordedMs` and an id generator returning `id`.
 */
export type SyntheticDraft = {
  readonly id: string;
  readonly draft: EventDraft;
  readonly role: SyntheticRole;
  readonly recordedMs: number;
};

/** Where a network stay was written: its record id and register number. */
export type WrittenStay = { readonly recordId: string; readonly registerNumber: string };

/** The generated facility; `stays` by stay key when stays were given. */
export type SyntheticFacility = {
  readonly registerPrefix: string;
  readonly drafts: readonly SyntheticDraft[];
  readonly stays?: ReadonlyMap<string, WrittenStay>;
};

const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

function hex(byte: number): string {
  return HEX_BYTES[byte & 255] ?? '00';
}

/** A lowercase UUIDv7 for an instant, random bits from the generator. */
export function syntheticUuidV7(ms: number, rng: Rng): string {
  const high = Math.floor(ms / 0x10000);
  const low = ms % 0x10000;
  const a = rng.uint32();
  const b = rng.uint32();
  const c = rng.uint32();
  const time = `${hex(high >>> 24)}${hex(high >>> 16)}${hex(high >>> 8)}${hex(high)}-${hex(low >>> 8)}${hex(low)}`;
  const version = `7${hex(a >>> 24).charAt(1)}${hex(a >>> 16)}`;
  const variant = `${hex(0x80 | ((a >>> 8) & 0x3f))}${hex(a)}`;
  return `${time}-${version}-${variant}-${hex(b >>> 24)}${hex(b >>> 16)}${hex(b >>> 8)}${hex(b)}${hex(c >>> 8)}${hex(c)}`;
}

type Admission = { admittedMs: number; recordedMs: number; stay?: SyntheticStay };

function admissionTimes(options: GenerateFacilityOptions, rng: Rng, startMs: number, nowMs: number): Admission[] {
  const span = Math.max(nowMs - startMs - HOUR_MS, 1);
  const admissions: Admission[] = [];
  for (let i = 0; i < options.detainees; i++) {
    // Whole seconds, as every time is written to the second.
    const admittedMs = startMs + Math.floor((rng.next() * span) / 1000) * 1000;
    // Most entries are written within the hour; a few days late, which the registration rule finds.
    const lag = rng.chance(0.97) ? rng.int(5, 60) * 60_000 : rng.int(25, 72) * HOUR_MS;
    admissions.push({ admittedMs, recordedMs: Math.min(admittedMs + lag, nowMs) });
  }
  return admissions.sort((a, b) => a.recordedMs - b.recordedMs || a.admittedMs - b.admittedMs);
}

function exitOf(rng: Rng, admittedMs: number, nowMs: number, meanStayDays: number): number | undefined {
  const stayMs = -Math.log(1 - rng.next()) * meanStayDays * DAY_MS;
  const exitMs = admittedMs + Math.max(stayMs, 6 * HOUR_MS);
  return exitMs < nowMs - HOUR_MS ? Math.floor(exitMs / 1000) * 1000 : undefined;
}

// Corrections and confirmations may follow the end of custody: the record stays open to audit.
const AUDIT_TYPES: ReadonlySet<CustodyEventType> = new Set([
  'custody.corrected',
  'custody.voided',
  'custody.confirmed',
]);

type Writer = { rng: Rng; nowMs: number; drafts: SyntheticDraft[] };

const INSTANT = /^\d{4}-\d{2}-\d{2}T/;

/** The latest instant written anywhere in a payload (0 if none). */
function latestInstantIn(value: unknown): number {
  if (typeof value === 'string') return value.length >= 20 && INSTANT.test(value) ? Date.parse(value) : 0;
  if (typeof value !== 'object' || value === null) return 0;
  let latest = 0;
  for (const key in value) latest = Math.max(latest, latestInstantIn((value as Record<string, unknown>)[key]));
  return latest;
}

/** NOTE: mutates `writer` and sorts `plan`. Writes one record's planned events in time order, each recorded after the one before. */
function writeRecord(writer: Writer, subject: string, plan: PlannedEvent[], ctx: PlanContext, firstRecordedMs: number) {
  const ids = new Map<string, string>();
  let lastRecordedMs = firstRecordedMs - 1000;
  for (const event of plan.sort((a, b) => a.occurredMs - b.occurredMs)) {
    const lateForExit = ctx.exitMs !== undefined && event.occurredMs > ctx.exitMs && !AUDIT_TYPES.has(event.type);
    if (event.occurredMs > writer.nowMs || lateForExit) continue;
    const payload = event.payload((key) => ids.get(key));
    if (payload === undefined) continue;
    const lagMs = event.type === 'custody.admitted' ? firstRecordedMs - event.occurredMs : writer.rng.int(1, 90) * 60_000;
    // An entry is written once what it states has happened (a family told after a transfer).
    // (The admission's own instants were already capped at its writing.)
    const statedMs = event.type === 'custody.admitted' ? 0 : latestInstantIn(payload);
    const earliestMs = Math.max(event.occurredMs, statedMs, lastRecordedMs + 1000);
    const recordedMs = Math.min(Math.max(event.occurredMs + lagMs, earliestMs), writer.nowMs);
    if (recordedMs < earliestMs) continue;
    const id = syntheticUuidV7(recordedMs, writer.rng);
    if (event.key !== undefined) ids.set(event.key, id);
    lastRecordedMs = recordedMs;
    const draft: EventDraft = { type: event.type, subject, occurredAt: ctx.at(event.occurredMs), payload };
    writer.drafts.push({ id, draft, role: event.role, recordedMs });
  }
}

// Times are whole seconds, so seconds × 2^22 + index stays an exact double for 100+ years of drafts.
const SORT_KEY_INDEXES = 2 ** 22;

/** The drafts by device time; drafts written at the same instant keep the order they were written in. */
function inDeviceTimeOrder(writer: Writer): SyntheticDraft[] {
  const { drafts } = writer;
  if (drafts.length >= SORT_KEY_INDEXES) {
    return drafts.map((draft, index) => ({ draft, index })).sort((a, b) => a.draft.recordedMs - b.draft.recordedMs || a.index - b.index).map(({ draft }) => draft);
  }
  // Whole seconds times a power of two plus the index: one numeric sort, no comparator, no wrappers.
  const keys = new Float64Array(drafts.length);
  drafts.forEach((draft, index) => {
    keys[index] = Math.floor(draft.recordedMs / 1000) * SORT_KEY_INDEXES + index;
  });
  keys.sort();
  return Array.from(keys, (key) => drafts[key % SORT_KEY_INDEXES] as SyntheticDraft);
}

/** The network's stays among the facility's own admissions, by when each was written (a stable sort keeps the rest in order). */
function withStays(admissions: Admission[], stays: readonly SyntheticStay[] | undefined): Admission[] {
  if (stays === undefined || stays.length === 0) return admissions;
  const moving = stays.map((stay): Admission => ({ admittedMs: stay.admittedMs, recordedMs: stay.recordedMs, stay }));
  return [...admissions, ...moving].sort((a, b) => a.recordedMs - b.recordedMs || a.admittedMs - b.admittedMs);
}

/** The admission entry; a network stay carries the identity the network gave it and, on arrival, where the person came from. */
function stayAdmission(admission: AdmissionPayload, stay: SyntheticStay | undefined): AdmissionPayload {
  if (stay === undefined) return admission;
  const { arrival } = stay;
  if (arrival === undefined) return { ...admission, identity: stay.identity };
  return { ...admission, identity: stay.identity, admission: { ...admission.admission, placeOfOrigin: knownValue(arrival.fromPlace) } };
}

function siteOf(options: GenerateFacilityOptions): SyntheticSite {
  return {
    prefix: options.registerPrefix ?? 'SYN',
    place: options.place ?? 'Central Remand Prison',
    authority: options.responsibleAuthority ?? 'Ministry of Justice, Prisons Directorate',
    offsetMinutes: options.offsetMinutes ?? 180,
  };
}

/** The synthetic facility's drafts, ordered as a ledger would hold them (by device time). */
export function generateFacility(options: GenerateFacilityOptions): SyntheticFacility {
  const rng = createRng(options.seed);
  const startMs = Math.floor(Date.parse(options.start) / 1000) * 1000;
  const nowMs = Math.floor(Date.parse(options.now) / 1000) * 1000;
  const site = siteOf(options);
  const at = (ms: number) => atOffset(Math.min(ms, nowMs), site.offsetMinutes);
  const writer: Writer = { rng, nowMs, drafts: [] };
  const written = new Map<string, WrittenStay>();
  withStays(admissionTimes(options, rng, startMs, nowMs), options.stays).forEach((times, index) => {
    const { stay } = times;
    const regime = options.legalRegime ?? 'criminal';
    const person: SyntheticPerson = stay === undefined
      ? buildPerson(rng, index + 1, times.admittedMs, regime)
      : { ...stay.person, registerNumber: index + 1, admittedMs: times.admittedMs };
    const exitMs = stay?.departure === undefined ? exitOf(rng, times.admittedMs, nowMs, options.meanStayDays ?? 120) : stay.departure.atMs;
    const ctx: PlanContext = { rng, person, site, nowMs, exitMs, at, ...(stay === undefined ? {} : { stay }), ...(options.outsideDestination === undefined ? {} : { outsideDestination: options.outsideDestination }) };
    // Whatever the admission entry states had happened by the time it was written.
    const admission = stayAdmission(admissionPayloadOf(person, site, rng, times.recordedMs), stay);
    const plan = [
      planned(times.admittedMs, 'custody.admitted', admission, 'registrar', 'admission'),
      ...planArrival(ctx), ...planHealth(ctx), ...planFamily(ctx), ...planConsular(ctx), ...planIhl(ctx),
      ...planJudicial(ctx), ...planRegime(ctx), ...planExit(ctx), ...planAudit(ctx, admission),
    ];
    const subject = syntheticUuidV7(times.recordedMs, rng);
    if (stay !== undefined) written.set(stay.key, { recordId: subject, registerNumber: formatRegisterNumber(site.prefix, index + 1) });
    writeRecord(writer, subject, plan, ctx, times.recordedMs);
  });
  const drafts = inDeviceTimeOrder(writer);
  return options.stays === undefined ? { registerPrefix: site.prefix, drafts } : { registerPrefix: site.prefix, drafts, stays: written };
}
