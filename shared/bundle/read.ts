/**
 * The bundle importer's checks (design §6 step 3), in order, stopping at the first
 * failure: file size → age decryption → ZIP structure → signature by a trusted sender →
 * this installation among the recipients → events file (inflated under a cap) against
 * the manifest → each event → continuity with what is held. Pure: nothing is applied
 * here. On success the caller applies the new events of every segment in one
 * transaction, with the new continuity state, or nothing.
 */
import { identityToRecipient } from 'age-encryption';
import type { ClockWarning } from '../ledger/chainSteps';
import type { LedgerEvent } from '../ledger/envelope';
import type { KnownLedger } from '../ledger/merge';
import { mergeVerifiedSegment } from '../ledger/merge';
import type { EventRegistry } from '../ledger/registry';
import type { AsyncDigest } from '../crypto/hash';
import type { Clock } from '../util/clock';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { DecryptedWith, PlaintextRooms } from './ageLayer';
import { decryptAge } from './ageLayer';
import type { BundleGap, SegmentOutcome, SenderContinuity } from './continuity';
import { checkBundleOrder, judgeSegments } from './continuity';
import type { BundleProblem, SenderParams } from './errors';
import { problem } from './errors';
import { checkEventsFile } from './eventsFile';
import type { AsyncInflate, Inflated } from './inflate';
import { inflateCapped } from './inflate';
import type { BundleLimits } from './limits';
import { bundleLimits, INFLATE_SLICE_BYTES } from './limits';
import type { BundleManifest, ManifestSegment } from './manifest';
import { manifestHashOf, parseManifest, recipientFingerprint } from './manifest';
import type { RunVerdict } from './runVerdicts';
import { parsedRuns, runVerdict, verifyParsedRun } from './runVerdicts';
import { checkSegments } from './segments';
import type { TrustedSender, TrustedSenderLookup } from './signature';
import { checkSender } from './signature';
import type { BundleArchive } from './zipRead';
import { readArchive } from './zipRead';
import type { SliceProgress } from './verifyRun';

/** What readBundle needs to know about this installation and what it holds. */
export type ReadBundleOptions = {
  /** This installation's age identity, `AGE-SECRET-KEY-1…`. */
  readonly identity?: string;
  /** Tried only for a passphrase bundle, and only if given. */
  readonly passphrase?: string;
  /** SHA-256 of this installation's age recipient; derived from `identity` if absent. */
  readonly myRecipientFingerprint?: string;
  readonly trustedSenders: TrustedSenderLookup;
  /** Continuity state of a sender, by its ledger id. */
  readonly known: (senderLedger: string) => SenderContinuity | undefined;
  /** What is held of a ledger, by ledger id; undefined when nothing is. */
  readonly knownLedgers: (ledger: string) => KnownLedger | undefined;
  readonly registry: EventRegistry;
  /** Caps to lower (see limits.ts); defaults otherwise. */
  readonly limits?: Partial<BundleLimits>;
  /** Reference for future-timestamp warnings; the device clock by default. */
  readonly clock?: Clock;
  /**
   * An asynchronous SHA-256 for the events file's hash and the events' hashes (WebCrypto
   * in the renderer: about 3× faster in bulk, perf.md). Without it the synchronous hash is
   * used, which the command-line build already backs with OpenSSL. Same verdict either way.
   */
  readonly digest?: AsyncDigest;
  /**
   * An inflater for the events file (the platform's: DecompressionStream in the app, zlib in
   * the command-line tool, several times faster than fflate); fflate's inflateCapped without
   * it. Any of them stops at the same output cap; FORMAT.md names the one verdict that may differ.
   */
  readonly inflate?: AsyncInflate;
  /** Lets the app's cipher write the plaintext in its place (ageLayer.ts PlaintextRoom); same bytes either way. */
  readonly plaintextRooms?: PlaintextRooms;
  /**
   * Told, and awaited, as the checks move: at the start of each step and, while events
   * are verified, after every slice of them. A caller on a UI thread can yield here.
   */
  readonly onProgress?: (progress: ReadProgress) => Promise<void> | void;
};

/** The checks' steps, in order, as progress reports them. */
export const READ_STEPS = ['decrypting', 'unpacking', 'verifying', 'continuity'] as const;
export type ReadStep = (typeof READ_STEPS)[number];
/** Where the checks of one file stand: the step, and within it events verified out of the total (0 of 0 when not counted). */
export type ReadProgress = { step: ReadStep; done: number; total: number };

/** Something worth showing that does not stop the import. */
export type BundleWarning =
  | { kind: 'bundle-gap'; from: number; to: number }
  | { kind: 'relayed-ledger'; ledger: string }
  | { kind: 'clock'; warning: ClockWarning };

/** A bundle that passed every check, and what applying it changes. */
export type VerifiedBundle = {
  manifest: BundleManifest;
  manifestHash: string;
  sender: TrustedSender;
  decryptedWith: DecryptedWith;
  segments: SegmentOutcome[];
  newEventCount: number;
  warnings: BundleWarning[];
  /** The sender's continuity state to store with the applied events. */
  continuity: { lastBundleSeq: number; lastBundleManifestHash: string };
};

/** A verified, trusted manifest, attached to problems found after the sender check (evidence, pending). */
export type SignedContext = { manifest: BundleManifest; manifestHash: string; sender: TrustedSender };
/** Why a bundle was not imported, with its signed manifest when the sender check had passed. */
export type BundleRejection = { problem: BundleProblem; signed: SignedContext | null };

type Stage<T> = Result<T, BundleProblem>;
const reject = (found: BundleProblem, signed: SignedContext | null = null) => err({ problem: found, signed });

/**
 * Runs every import check on a `.habeas` file.
 * @throws Error if `identity` is given but is not an age identity string
 */
export async function readBundle(file: Uint8Array, options: ReadBundleOptions): Promise<Result<VerifiedBundle, BundleRejection>> {
  const report = async (step: ReadStep, done = 0, total = 0) => options.onProgress?.({ step, done, total });
  const opened = await openBundle(file, options, report);
  if (!opened.ok) return opened;
  const { context, decryptedWith, limits } = opened.value;
  const runs = await readEvents(opened.value.inflated, context.manifest, options, limits, (done) => report('verifying', done, context.manifest.events.count));
  if (!runs.ok) return reject(runs.error, context);
  await report('continuity');
  const outcome = checkContinuity(runs.value, context, options);
  if (!outcome.ok) return reject(outcome.error, context);
  return ok(verifiedBundle(context, decryptedWith, outcome.value));
}

/** What the checks up to the events file need. */
export type OpenBundleOptions = Pick<
  ReadBundleOptions,
  'identity' | 'passphrase' | 'myRecipientFingerprint' | 'trustedSenders' | 'limits' | 'digest' | 'inflate' | 'plaintextRooms'
>;

/** A bundle that passed the checks up to its events file, and that file, inflated. */
export type OpenedBundle = { context: SignedContext; decryptedWith: DecryptedWith; inflated: Inflated; limits: BundleLimits };

/**
 * The checks before the events (file size, decryption, ZIP structure, signature,
 * recipients, the inflated events file against the manifest), in order. The decrypted
 * archive is not kept past them: only the inflated events file is.
 */
export async function openBundle(
  file: Uint8Array,
  options: OpenBundleOptions,
  report: (step: ReadStep) => Promise<void> = () => Promise.resolve(),
): Promise<Result<OpenedBundle, BundleRejection>> {
  const limits = bundleLimits(options.limits);
  if (file.length > limits.maxFileBytes) {
    return reject(problem('too-large', { what: 'file', actual: file.length, limit: limits.maxFileBytes }));
  }
  await report('decrypting');
  const opened = await decryptAge(file, options, limits, options.plaintextRooms);
  if (!opened.ok) return reject(opened.error);
  const archive = readArchive(opened.value.plaintext, limits);
  if (!archive.ok) return reject(archive.error);
  const signed = checkSigned(archive.value, options.trustedSenders);
  if (!signed.ok) return reject(signed.error);
  const context = signed.value;
  await report('unpacking');
  const recipients = checkRecipients(context.manifest, opened.value.decryptedWith, await myFingerprint(options));
  if (!recipients.ok) return reject(recipients.error, context);
  const inflated = await readEventsFile(archive.value, context.manifest, limits, options);
  if (!inflated.ok) return reject(inflated.error, context);
  return ok({ context, decryptedWith: opened.value.decryptedWith, inflated: inflated.value, limits });
}

function checkSigned(archive: BundleArchive, lookup: TrustedSenderLookup): Stage<SignedContext> {
  const manifest = parseManifest(archive.manifest);
  if (!manifest.ok) return manifest;
  const sender = checkSender(manifest.value, archive.manifest, archive.signature, lookup);
  if (!sender.ok) return sender;
  return ok({ manifest: manifest.value, manifestHash: manifestHashOf(archive.manifest), sender: sender.value });
}

async function myFingerprint(options: OpenBundleOptions): Promise<string | undefined> {
  if (options.myRecipientFingerprint !== undefined) return options.myRecipientFingerprint;
  return options.identity === undefined ? undefined : recipientFingerprint(await identityToRecipient(options.identity));
}

/**
 * A bundle opened with this installation's key must list its fingerprint; one opened
 * with a passphrase must list none. Anything else was re-encrypted by someone who could
 * read it, to someone the sender did not choose (surreptitious forwarding).
 */
function checkRecipients(manifest: BundleManifest, decryptedWith: DecryptedWith, mine: string | undefined): Stage<void> {
  const isListed =
    decryptedWith === 'passphrase' ? manifest.recipients.length === 0 : mine !== undefined && manifest.recipients.includes(mine);
  return isListed ? ok(undefined) : err(problem('not-in-recipients', { recipients: manifest.recipients.length, decryptedWith }));
}

async function readEventsFile(
  archive: BundleArchive,
  manifest: BundleManifest,
  limits: BundleLimits,
  { digest, inflate }: Pick<ReadBundleOptions, 'digest' | 'inflate'>,
): Promise<Stage<Inflated>> {
  const declared = manifest.events;
  if (declared.bytes > limits.maxEventsFileBytes) {
    return err(problem('too-large', { what: 'events-file', actual: declared.bytes, limit: limits.maxEventsFileBytes }, 'events-file'));
  }
  if (declared.count > limits.maxEvents) {
    return err(problem('too-large', { what: 'event-count', actual: declared.count, limit: limits.maxEvents }, 'events-file'));
  }
  if (archive.eventsDeclaredBytes !== declared.bytes) {
    const [expected, actual] = [String(declared.bytes), String(archive.eventsDeclaredBytes)];
    return err(problem('events-mismatch', { what: 'declared-size', expected, actual }));
  }
  // The signed size is the cap: output past it is a bomb, whatever the ZIP headers said.
  // In one piece, so that the digest can hash it in one call and lines need no joining —
  // but never allocated up front beyond the largest file accepted, whatever a signer declares.
  const layout = declared.bytes <= limits.maxFileBytes ? 'contiguous' : 'pieces';
  const inflated = inflate
    ? await inflate(archive.eventsDeflated, declared.bytes, layout)
    : inflateCapped(archive.eventsDeflated, declared.bytes, INFLATE_SLICE_BYTES, layout);
  if (!inflated.ok) {
    return inflated.error.reason === 'over-cap'
      ? err(problem('bomb', { what: 'inflated-size', actual: inflated.error.producedBytes, limit: declared.bytes }, 'events-file'))
      : err(problem('damaged', { part: 'events-file' }, 'events-file'));
  }
  const checked = await checkEventsFile(inflated.value, declared, digest);
  return checked.ok ? inflated : checked;
}

type VerifiedRun = RunVerdict & { events: LedgerEvent[]; segment: ManifestSegment };

async function readEvents(file: Inflated, manifest: BundleManifest, options: ReadBundleOptions, limits: BundleLimits, onVerified: SliceProgress): Promise<Stage<VerifiedRun[]>> {
  const runs = parsedRuns(file, limits.maxLineBytes);
  if (!runs.ok) return runs;
  const verified: (RunVerdict & { events: LedgerEvent[] })[] = [];
  let before = 0;
  await onVerified(0);
  for (const run of runs.value) {
    const events = await verifyParsedRun(run, options, async (done) => onVerified(before + done));
    if (!events.ok) return events;
    verified.push({ ...runVerdict(run, events.value.events, events.value.verified), events: events.value.events });
    before += run.values.length;
  }
  return checkSegments(verified, manifest.segments);
}

function checkContinuity(runs: readonly VerifiedRun[], context: SignedContext, options: ReadBundleOptions): Stage<{ outcomes: SegmentOutcome[]; gap: BundleGap | null }> {
  const { manifest, manifestHash } = context;
  const sender: SenderParams = { facility: context.sender.name, ledger: manifest.sender.ledger };
  const order = checkBundleOrder(manifest, manifestHash, options.known(manifest.sender.ledger), sender);
  if (!order.ok) return order;
  // readEvents verified every run already: merging only judges them against what is held.
  const merged = runs.map((run) => ({
    segment: run.segment,
    firstLine: run.firstLine,
    lines: run.lines,
    result: mergeVerifiedSegment(options.knownLedgers(run.ledger) ?? { head: null }, run.events, run.verified),
  }));
  const outcomes = judgeSegments(merged, { sender, bundleSeq: manifest.bundleSeq, gap: order.value });
  return outcomes.ok ? ok({ outcomes: outcomes.value, gap: order.value }) : outcomes;
}

function verifiedBundle(context: SignedContext, decryptedWith: DecryptedWith, result: { outcomes: SegmentOutcome[]; gap: BundleGap | null }): VerifiedBundle {
  const warnings: BundleWarning[] = result.gap ? [{ kind: 'bundle-gap', ...result.gap }] : [];
  let newEventCount = 0;
  for (const outcome of result.outcomes) {
    if (outcome.isRelayed) warnings.push({ kind: 'relayed-ledger', ledger: outcome.segment.ledger });
    if (outcome.status !== 'applied') continue;
    newEventCount += outcome.newEvents.length;
    for (const warning of outcome.warnings) warnings.push({ kind: 'clock', warning });
  }
  const { manifest, manifestHash, sender } = context;
  const continuity = { lastBundleSeq: manifest.bundleSeq, lastBundleManifestHash: manifestHash };
  return { manifest, manifestHash, sender, decryptedWith, segments: result.outcomes, newEventCount, warnings, continuity };
}

