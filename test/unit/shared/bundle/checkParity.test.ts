/**
 * checkBundle (the command-line tool's checks) against readBundle told that nothing is
 * held: the same verdict for every crafted bundle — same problem and signed context on a
 * rejection, same manifest, sender, warnings and segments' bytes on success — whether
 * the events are verified by the default verifier or by verifyEventsSerially passed in.
 * The tool reports what an importer would do with the file, so any difference is a bug.
 */
import { describe, expect, it, vi } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { sha256Hex } from '@shared/crypto/hash';
import type { CheckedBundle } from '@shared/bundle/check';
import { checkBundle } from '@shared/bundle/check';
import type { BundleProblem } from '@shared/bundle/errors';
import type { BundleManifest } from '@shared/bundle/manifest';
import { describeBundleProblem } from '@shared/bundle/messages';
import type { BundleRejection, ReadBundleOptions, VerifiedBundle } from '@shared/bundle/read';
import { readBundle } from '@shared/bundle/read';
import { verifyEventsSerially } from '@shared/bundle/runVerdicts';
import { segmentsOf } from '@shared/bundle/segments';
import { append, hashEvent, headOf } from '@shared/ledger/chain';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { toHex, utf8Encode } from '@shared/util/bytes';
import type { Clock } from '@shared/util/clock';
import type { Result } from '@shared/util/result';
import { aChainOf, aLedger } from '../../../builders/ledger';
import { anInstallation, bundleFrom, bundleWithLines, craftBundle, optionsFor, SMALL_LIMITS } from './bundleKit';

const facility = await anInstallation('facility-a', 'Facility A');
const adviser = await anInstallation('adviser-b', 'Adviser B');
const auditor = await anInstallation('auditor-c', 'Auditor C');
const relayer = await anInstallation('facility-d', 'Facility D');
const other = await anInstallation('facility-e', 'Facility E');
const events = aChainOf(6, { ledger: facility.ledger });
const lines = events.map((event) => canonicalJson(event));
const relayedEvents = aChainOf(3, { ledger: relayer.ledger });
const otherEvents = aChainOf(2, { ledger: other.ledger });

/** Nothing held of any sender or ledger: the only state checkBundle can stand for. */
const nothingHeld = { known: () => undefined, knownLedgers: () => undefined };
const base: ReadBundleOptions = { ...optionsFor(adviser, [facility]), ...nothingHeld, limits: SMALL_LIMITS };

/** A clock that reads the given instants in turn, so one event can be recorded before the one before it. */
function listedClock(instants: readonly string[]): Clock {
  let index = 0;
  return { now: () => new Date(instants[Math.min(index++, instants.length - 1)]!) };
}
const regressed = aChainOf(4, {
  ledger: aLedger({ seed: 'facility-a', clock: listedClock(['2026-11-26T10:00:00.000Z', '2026-11-26T10:05:00.000Z', '2026-11-26T10:02:00.000Z', '2026-11-26T10:06:00.000Z']) }),
});
// Past TEST_CLOCK (2027-01-01) by more than the tolerance; the negative step also makes every event regress.
const futureAndBack = aChainOf(3, { ledger: aLedger({ seed: 'facility-a', startIso: '2027-06-01T00:00:00.000Z', stepMs: -60_000 }) });
const relayedFuture = aChainOf(2, { ledger: aLedger({ seed: 'facility-d', startIso: '2027-03-01T00:00:00.000Z' }) });

/** Events in bundle order: by ledger id, then seq. */
function inBundleOrder(...chains: (readonly LedgerEvent[])[]): LedgerEvent[] {
  return chains.flat().sort((a, b) => (a.ledger === b.ledger ? a.seq - b.seq : a.ledger < b.ledger ? -1 : 1));
}
const twoLedgers = inBundleOrder(events, relayedEvents);
const twoLines = twoLedgers.map((event) => canonicalJson(event));
/** Index of the second run's first line, so hostile lines can be put in either run. */
const secondRun = twoLedgers.findIndex((event) => event.ledger !== twoLedgers[0]!.ledger);

async function written(chain: readonly LedgerEvent[], sequence: { bundleSeq?: number; prevBundle?: string } = {}) {
  return (await bundleFrom(facility, chain, { recipients: [adviser.recipient] }, sequence)).bytes;
}

/** A bundle whose events file is these lines, with a manifest signed to match them (segments from `segmentEvents`). */
const withLines = (fileLines: readonly string[], segmentEvents: readonly LedgerEvent[] = events, change?: (m: BundleManifest) => BundleManifest) =>
  bundleWithLines(facility, adviser, fileLines, segmentEvents, change);
/** withLines over several ledgers: the manifest lists a segment per ledger of `all`. */
const withRuns = (fileLines: readonly string[], all: readonly LedgerEvent[]) => withLines(fileLines, all, (m) => ({ ...m, segments: segmentsOf(all) }));
const replacing = (source: readonly string[], changes: Record<number, string>) => source.map((line, i) => changes[i] ?? line);
/** Event `index` of `source` with members changed and its hash recomputed, so only the change is wrong. */
function rehashed(source: readonly LedgerEvent[], index: number, change: (event: Record<string, unknown>) => Record<string, unknown>): string {
  const changed = change(Object.fromEntries(Object.entries(source[index]!).filter(([key]) => key !== 'hash')));
  return canonicalJson({ ...changed, hash: hashEvent(changed as unknown as LedgerEvent) });
}
const withoutLedger = (event: Record<string, unknown>) => Object.fromEntries(Object.entries(event).filter(([key]) => key !== 'ledger'));
/** A changed name under the old hash: a wrong hash, whichever event it is. */
const wrongHash = (line: string) => line.replace('"name":"', '"name":"X');
const brokenPrev = (source: readonly LedgerEvent[], index: number) => rehashed(source, index, (e) => ({ ...e, prev: 'f'.repeat(64) }));

/** A problem in one word, with where a bad event is, to show which case ran. */
function labelOf(found: BundleProblem): string {
  return found.code === 'bad-event' ? `bad-event/${found.params.reason}@${found.params.line}` : found.code;
}

/** Success in one word, with the warnings' kinds in order, to show that the clock cases warn. */
function acceptedLabel(bundle: VerifiedBundle): string {
  const kinds = bundle.warnings.map((warning) => (warning.kind === 'clock' ? warning.warning.kind : warning.kind));
  return kinds.length === 0 ? 'ok' : `ok: ${kinds.join(', ')}`;
}

/** Whether readBundle got as far as verifying the events (so checkBundle had to call its verifier). */
function reachedEvents(read: Result<VerifiedBundle, BundleRejection>): boolean {
  return read.ok || read.error.problem.check === 'events' || read.error.problem.check === 'continuity';
}

/** The tool must show what an import would apply: the signed facts, the warnings, and each segment's new lines as carried. */
function expectSameBundle(checked: CheckedBundle, read: VerifiedBundle): void {
  const { segments, ...rest } = checked;
  const { manifest, manifestHash, sender, decryptedWith, warnings } = read;
  expect(rest).toEqual({ manifest, manifestHash, sender, decryptedWith, warnings });
  expect(segments.map(({ segment, isRelayed }) => ({ segment, isRelayed }))).toEqual(read.segments.map(({ segment, isRelayed }) => ({ segment, isRelayed })));
  read.segments.forEach((outcome, index) => {
    // Nothing held: every event is new, so readBundle applies every segment whole.
    if (outcome.status !== 'applied') throw new Error(`segment ${index} was ${outcome.status}`);
    expect(segments[index]?.lines.map(toHex)).toEqual(outcome.newLines.map(toHex));
  });
}

/** Reads `file` both ways, expects the same verdict, and returns it as a label. */
async function parityOf(file: Uint8Array, options: ReadBundleOptions = base): Promise<string> {
  const read = await readBundle(file, options);
  const checked = await checkBundle(file, options);
  const serially = vi.fn(verifyEventsSerially);
  expect(await checkBundle(file, { ...options, verifyEvents: serially })).toEqual(checked);
  expect(serially).toHaveBeenCalledTimes(reachedEvents(read) ? 1 : 0);
  if (!read.ok) {
    if (checked.ok) throw new Error(`checkBundle accepted what readBundle refused: ${describeBundleProblem(read.error.problem)}`);
    expect(checked.error.problem).toEqual(read.error.problem);
    expect(checked.error.signed?.manifestHash).toBe(read.error.signed?.manifestHash);
    expect(checked.error.signed).toEqual(read.error.signed);
    return labelOf(read.error.problem);
  }
  if (!checked.ok) throw new Error(`checkBundle refused what readBundle accepted: ${describeBundleProblem(checked.error.problem)}`);
  expectSameBundle(checked.value, read.value);
  return acceptedLabel(read.value);
}

type Case = [name: string, bundle: () => Promise<Uint8Array>, verdict: string, options?: ReadBundleOptions];

const accepted: Case[] = [
  ['a single ledger', () => written(events), 'ok'],
  ['no events at all', () => written([]), 'ok'],
  ['two ledgers, one relayed from another installation', () => written(twoLedgers), 'ok: relayed-ledger'],
  ['three ledgers, two relayed', () => written(inBundleOrder(events, relayedEvents, otherEvents)), 'ok: relayed-ledger, relayed-ledger'],
  // No sender history is held, so a later bundle number is no gap to warn about.
  ['bundle 2 of a sender never heard from', () => written(events, { bundleSeq: 2, prevBundle: 'c'.repeat(64) }), 'ok'],
  ['a recordedAt earlier than the event before it', () => written(regressed), 'ok: clock-regression'],
  ['recordedAts in the future of the clock, each earlier than the last', () => written(futureAndBack), 'ok: future-timestamp, clock-regression, future-timestamp, clock-regression, future-timestamp'],
  ['a relayed ledger with future recordedAts', () => written(inBundleOrder(events, relayedFuture)), 'ok: relayed-ledger, future-timestamp, future-timestamp'],
];

const continuity: Case[] = [
  ['the sender\'s segment starting at seq 3', () => written(events.slice(2)), 'pending'],
  ['a relayed segment starting at seq 2', () => written(inBundleOrder(events, relayedEvents.slice(1))), 'pending'],
  ['both segments past seq 1 (the first in file order is named)', () => written(inBundleOrder(events.slice(3), relayedEvents.slice(1))), 'pending'],
];

const opening: Case[] = [
  ['a file over the size cap', () => written(events), 'too-large', { ...base, limits: { ...SMALL_LIMITS, maxFileBytes: 64 } }],
  ['a bundle encrypted to another installation', () => craftBundle(facility, { events, encryptTo: [auditor.recipient] }), 'not-for-me'],
  ['a bundle signed for another recipient', () => craftBundle(facility, { events, encryptTo: [adviser.recipient], signedFor: [auditor.recipient] }), 'not-in-recipients'],
  ['an untrusted sender', () => written(events), 'untrusted-sender', { ...base, trustedSenders: optionsFor(adviser, []).trustedSenders }],
  ['an events file that is not the signed one', () => craftBundle(facility, { events, encryptTo: [adviser.recipient], manifest: (m) => ({ ...m, events: { ...m.events, sha256: 'a'.repeat(64) } }) }), 'events-mismatch'],
];

function unknownTypeLines(): { fileLines: string[]; chain: LedgerEvent[] } {
  const teleported = { type: 'custody.teleported', subject: 's1', occurredAt: '2026-11-26T10:00:00.000+03:00', payload: {} };
  const unknown = append(headOf(events[4]!), teleported, { ...aLedger({ seed: 'facility-a' }).ctx, registry: undefined });
  return { fileLines: [...lines.slice(0, 5), canonicalJson(unknown)], chain: [...events.slice(0, 5), unknown] };
}

function seqGapBundle(): Promise<Uint8Array> {
  const seven = aChainOf(7, { ledger: aLedger({ seed: 'facility-a' }) });
  const gapped = [...seven.slice(0, 2), ...seven.slice(3)];
  return withLines(gapped.map((event) => canonicalJson(event)), seven.slice(0, 6));
}

function invalidUtf8Bundle(): Promise<Uint8Array> {
  const file = utf8Encode(`${lines.join('\n')}\n`);
  file[10] = 0xff;
  const sha256 = sha256Hex(file);
  return craftBundle(facility, { events, eventsFile: file, encryptTo: [adviser.recipient], manifest: (m) => ({ ...m, events: { ...m.events, sha256 } }) });
}

const hostile: Case[] = [
  ['a line over the length cap', () => withLines(replacing(lines, { 2: `{"x":"${'a'.repeat(5000)}"}` })), 'bad-event/line-too-long@3'],
  ['whitespace in a line', () => withLines(replacing(lines, { 3: lines[3]!.replace('{', '{ ') })), 'bad-event/not-canonical@4'],
  ['duplicate keys', () => withLines(replacing(lines, { 1: lines[1]!.replace('{', '{"author":{"id":"x","name":"y"},') })), 'bad-event/not-canonical@2'],
  ['invalid UTF-8', invalidUtf8Bundle, 'bad-event/syntax@1'],
  ['NaN', () => withLines(replacing(lines, { 4: lines[4]!.replace('"seq":5', '"seq":NaN') })), 'bad-event/syntax@5'],
  ['a changed payload under the old hash', () => withLines(replacing(lines, { 3: wrongHash(lines[3]!) })), 'bad-event/bad-hash@4'],
  ['a broken prev link', () => withLines(replacing(lines, { 3: brokenPrev(events, 3) })), 'bad-event/bad-prev@4'],
  ['a seq gap', seqGapBundle, 'bad-event/seq-gap@3'],
  ['an unknown event type', () => { const { fileLines, chain } = unknownTypeLines(); return withLines(fileLines, chain); }, 'bad-event/unknown-type@6'],
  ['an invalid payload', () => withLines(replacing(lines, { 2: rehashed(events, 2, (e) => ({ ...e, payload: { userId: 'u1', name: 'A', role: 'king' } })) })), 'bad-event/schema@3'],
  ['a line with no ledger', () => withLines(replacing(lines, { 2: rehashed(events, 2, withoutLedger) })), 'bad-event/schema@3'],
  ['a segment whose signed head is not its last event', () => withLines(lines, events, (m) => ({ ...m, segments: m.segments.map((s) => ({ ...s, headHash: 'e'.repeat(64) })) })), 'segment-mismatch'],
  ['events of a ledger the manifest does not list', () => withLines([...lines.slice(0, 5), canonicalJson(otherEvents[0])]), 'segment-mismatch'],
];

// The first problem is the one the importer finds first: unreadable lines, then each run's chain in file order, then the segments.
const ordered: Case[] = [
  ['a wrong hash on line 2, then a non-canonical line 5', () => withLines(replacing(lines, { 1: wrongHash(lines[1]!), 4: lines[4]!.replace('{', '{ ') })), 'bad-event/not-canonical@5'],
  ['a broken prev on line 2, then a line with no ledger', () => withLines(replacing(lines, { 1: brokenPrev(events, 1), 4: rehashed(events, 4, withoutLedger) })), 'bad-event/schema@5'],
  ['a wrong hash on line 2, then a broken prev on line 4', () => withLines(replacing(lines, { 1: wrongHash(lines[1]!), 3: brokenPrev(events, 3) })), 'bad-event/bad-hash@2'],
  ['a wrong hash in a segment whose signed head is wrong', () => withLines(replacing(lines, { 3: wrongHash(lines[3]!) }), events, (m) => ({ ...m, segments: m.segments.map((s) => ({ ...s, headHash: 'e'.repeat(64) })) })), 'bad-event/bad-hash@4'],
  ['a wrong hash in the second run', () => withRuns(replacing(twoLines, { [secondRun + 1]: wrongHash(twoLines[secondRun + 1]!) }), twoLedgers), `bad-event/bad-hash@${secondRun + 2}`],
  ['a wrong hash in the first run, then a non-canonical line in the second', () => withRuns(replacing(twoLines, { 1: wrongHash(twoLines[1]!), [secondRun + 1]: twoLines[secondRun + 1]!.replace('{', '{ ') }), twoLedgers), `bad-event/not-canonical@${secondRun + 2}`],
  ['a broken prev in the first run and a wrong hash in the second', () => withRuns(replacing(twoLines, { 2: brokenPrev(twoLedgers, 2), [secondRun + 1]: wrongHash(twoLines[secondRun + 1]!) }), twoLedgers), 'bad-event/bad-prev@3'],
];

describe('checkBundle gives readBundle\'s verdicts with nothing held', () => {
  it.each([...accepted, ...continuity])('%s', async (_name, bundle, verdict, options) => {
    expect(await parityOf(await bundle(), options)).toBe(verdict);
  });

  it.each(opening)('opening stages: %s', async (_name, bundle, verdict, options) => {
    expect(await parityOf(await bundle(), options)).toBe(verdict);
  });

  it.each([...hostile, ...ordered])('hostile events: %s', async (_name, bundle, verdict, options) => {
    expect(await parityOf(await bundle(), options)).toBe(verdict);
  });

  it('hands on each segment\'s lines exactly as the events were written', async () => {
    const checked = await checkBundle(await written(twoLedgers), base);
    if (!checked.ok) throw new Error(describeBundleProblem(checked.error.problem));
    expect(checked.value.segments.flatMap((segment) => segment.lines.map(toHex))).toEqual(twoLines.map((line) => toHex(utf8Encode(line))));
    expect(checked.value.warnings).toEqual([{ kind: 'relayed-ledger', ledger: relayer.ledger.ledger }]);
  });
});
