/**
 * An unlocked session's ledger: the storage plus the projections React reads. Startup
 * loads the latest snapshot and replays what came after it; every append or import is
 * applied to the projections as soon as it is stored; a snapshot is written every
 * `snapshotEveryEvents` events and, through snapshotIfDirty, on lock and when idle.
 * Appends, imports, startup and rebuilds run one at a time, in call order.
 */
import type { ClockWarning } from '@shared/ledger/chainSteps';
import type { Author, EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import type { ImportedHead, ImportSegment } from './importEvents';
import type { ImportedAndRecorded, LedgerStorage } from './ledgerStorage';
import { applyEvents, assertProjectionSet, initialStates } from './projections/projectionSet';
import { decodeSnapshot } from './projections/snapshotCodec';
import type { DecodedSnapshot } from './projections/snapshotCodec';
import type { AnyProjection, LedgerCursor, ProjectionStates } from './projections/types';
import type { Applied } from './replay';
import { createApplier, CursorMismatchError, replayAfter } from './replay';
import type { UnreadableFrom } from './replay';
import { createSerialQueue } from './serialQueue';
import { createSnapshotWriter } from './snapshotWriter';
import type { StoredFailure, VerifyProgress } from './verifyStored';

/** Where the projections' states go (the projection store, or a test's collector). */
export type ProjectionSink = {
  publish: (states: ProjectionStates, cursor: LedgerCursor) => void;
  progress?: (phase: 'loading' | 'rebuilding' | 'ready', done: number) => void;
  /** Drops the published states (on lock). */
  clear?: () => void;
};

export type LedgerSessionOptions = {
  storage: LedgerStorage;
  projections: readonly AnyProjection[];
  sink: ProjectionSink;
  /** A background snapshot failed; the data is safe (the ledger is the truth), only startup gets slower. */
  onSnapshotError?: (error: unknown) => void;
};

/** How the session started; `unreadable` lists ledgers applied only up to stored damage (verification names it). */
export type StartResult = { fromSnapshot: boolean; replayed: number; unreadable: UnreadableFrom[] };
export type RebuildResult = { ok: true; events: number; warnings: ClockWarning[] } | StoredFailure;

export type LedgerSession = {
  start(): Promise<StartResult>;
  append(draft: EventDraft, author: Author): Promise<LedgerEvent>;
  /**
   * Appends the draft `build` makes from the states as they are when its turn comes, so a
   * value derived from them (the next register number, a check against the record) cannot
   * be overtaken by another append. `build` throws to write nothing.
   */
  appendWith(build: (states: ProjectionStates) => EventDraft, author: Author): Promise<LedgerEvent>;
  importEvents(ledger: string, events: readonly LedgerEvent[], canonicalLines?: readonly Uint8Array[]): Promise<ImportedHead>;
  /** Imports segments and appends the import's own entry in one transaction (LedgerStorage.importAndRecord). */
  importAndRecord(segments: readonly ImportSegment[], record: EventDraft, author: Author): Promise<ImportedAndRecorded>;
  writeSnapshot(): Promise<void>;
  /** Writes a snapshot if any event was applied since the last one: the lock and idle hook. */
  snapshotIfDirty(): Promise<void>;
  verify(onProgress?: (progress: VerifyProgress) => void): ReturnType<LedgerStorage['verify']>;
  /** Re-verifies every stored event and recomputes every projection from them. */
  rebuildAll(onProgress?: (progress: VerifyProgress) => void): Promise<RebuildResult>;
  current(): Applied;
  /** On lock: closes the storage (zeroing its key) and drops the states. Snapshot first with snapshotIfDirty. */
  close(): void;
};

export function createLedgerSession(options: LedgerSessionOptions): LedgerSession {
  const { storage, projections, sink } = options;
  assertProjectionSet(projections);
  let current: Applied = { states: initialStates(projections), cursor: {} };
  const serial = createSerialQueue();
  const snapshots = createSnapshotWriter(storage, projections, () => current, options.onSnapshotError ?? (() => undefined));
  const adopt = (next: Applied, applied: number): void => {
    current = next;
    sink.publish(current.states, current.cursor);
    snapshots.noteApplied(applied);
  };
  const applied = (events: readonly LedgerEvent[]): Applied => applyEvents(projections, current.states, current.cursor, events);
  const appendWith = (build: (states: ProjectionStates) => EventDraft, author: Author): Promise<LedgerEvent> =>
    serial(async () => {
      const event = await storage.append(build(current.states), author);
      adopt(applied([event]), 1);
      return event;
    });
  return {
    start: () => serial(() => startSession(options, adopt)),
    append: (draft, author) => appendWith(() => draft, author),
    appendWith,
    importEvents: (ledger, events, canonicalLines) =>
      serial(async () => {
        const head = await storage.writeImportedEvents(ledger, events, canonicalLines);
        adopt(applied(events), events.length);
        return head;
      }),
    importAndRecord: (segments, record, author) =>
      serial(async () => {
        const written = await storage.importAndRecord(segments, record, author);
        const events = [...segments.flatMap((segment) => segment.events), written.event];
        adopt(applied(events), events.length);
        return written;
      }),
    writeSnapshot: () => snapshots.write(),
    snapshotIfDirty: () => snapshots.writeIfDirty(),
    verify: (onProgress) => storage.verify({ ...(onProgress ? { onProgress } : {}), knownHeads: current.cursor }),
    rebuildAll: (onProgress) => serial(() => rebuild(options, current.cursor, onProgress, adopt)),
    current: () => current,
    close: () => {
      storage.close();
      current = { states: initialStates(projections), cursor: {} };
      sink.clear?.();
    },
  };
}

async function loadSnapshot(options: LedgerSessionOptions): Promise<DecodedSnapshot | undefined> {
  try {
    const stored = await options.storage.readSnapshot();
    return stored === undefined ? undefined : await decodeSnapshot(options.projections, stored);
  } catch {
    // A snapshot that does not open or parse is only a lost shortcut: rebuild from the ledger.
    return undefined;
  }
}

async function startSession(
  options: LedgerSessionOptions,
  adopt: (next: Applied, replayed: number) => void,
): Promise<StartResult> {
  const { storage, projections, sink } = options;
  const progress = (done: number): void => sink.progress?.('loading', done);
  const empty: Applied = { states: initialStates(projections), cursor: {} };
  const snapshot = await loadSnapshot(options);
  let result: Awaited<ReturnType<typeof replayAfter>>;
  let fromSnapshot = snapshot !== undefined;
  try {
    result = await replayAfter(storage, projections, snapshot ?? empty, progress);
  } catch (error) {
    if (!(error instanceof CursorMismatchError)) throw error;
    fromSnapshot = false;
    result = await replayAfter(storage, projections, empty, progress);
  }
  adopt(result, result.replayed);
  sink.progress?.('ready', result.replayed);
  return { fromSnapshot, replayed: result.replayed, unreadable: result.unreadable };
}

async function rebuild(
  options: LedgerSessionOptions,
  knownHeads: LedgerCursor,
  onProgress: ((progress: VerifyProgress) => void) | undefined,
  adopt: (next: Applied, events: number) => void,
): Promise<RebuildResult> {
  const { storage, projections, sink } = options;
  const applier = createApplier(projections, { states: initialStates(projections), cursor: {} });
  const verified = await storage.verify({
    knownHeads,
    onEvents: (events) => {
      applier.add(events);
    },
    onProgress: (progress) => {
      sink.progress?.('rebuilding', progress.eventsDone);
      onProgress?.(progress);
    },
  });
  if (!verified.ok) return verified;
  adopt(applier.flush(), verified.events);
  sink.progress?.('ready', verified.events);
  return { ok: true, events: verified.events, warnings: verified.warnings };
}
