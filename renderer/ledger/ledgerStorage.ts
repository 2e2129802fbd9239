/**
 * The ledger storage of one unlocked session (design §4.2): appends to this
 * installation's ledger, imported ledgers as pages, ordered reads, snapshots and
 * verification, over the tables of rows.ts (writes: ledgerWrite.ts; reads: Dexie). The
 * vault creates it with the data key after unlock and closes it on lock; it is the only
 * holder of its copy of the key.
 */
import type { LedgerHead } from '@shared/ledger/chain';
import type { Author, EventDraft, LedgerEvent } from '@shared/ledger/envelope';
import type { EventRegistry } from '@shared/ledger/registry';
import type { Clock } from '@shared/util/clock';
import { systemClock } from '@shared/util/clock';
import type { IdGenerator } from '@shared/util/ids';
import { bulkSealKey } from './bulkSeal';
import { DEFAULT_LEDGER_CONFIG } from './config';
import type { LedgerConfig, LedgerFaultHooks } from './config';
import { prepareImport, storePrepared, writeImportedEvents } from './importEvents';
import type { ImportedHead, ImportSegment, PreparedImport } from './importEvents';
import { readEvent, readLedgerBatches, readLedgerEntries, storedLedgers } from './ledgerReads';
import type { StoredEntry } from './pageCodec';
import { loadOwnLedgerState } from './ownLedger';
import { createPageCache } from './pageCache';
import { createSerialQueue } from './serialQueue';
import { deleteSnapshots, readLatestSnapshot, writeSnapshotRows } from './snapshotRows';
import type { StoredSnapshot } from './snapshotRows';
import type { LedgerDb, StorageContext } from './storageContext';
import { LedgerStorageError } from './storageContext';
import { appendEvent, appendWithin } from './tailAppend';
import { inLedgerWrite } from './ledgerWrite';
import { verifyStoredLedgers } from './verifyStored';
import type { StoredFailure, StoredVerified, VerifyStoredOptions } from './verifyStored';

export type LedgerStorageOptions = {
  db: LedgerDb;
  /** Copied: the caller zeroes its own copy; close() zeroes this one. */
  dataKey: Uint8Array;
  ledgerId: string;
  registry: EventRegistry;
  clock?: Clock;
  /** Ids of new events; UUIDv7 by default, seeded in tests. */
  newId?: IdGenerator;
  config?: Partial<LedgerConfig>;
  /** Another tab holds the writer lock (writerLock.ts): reads only. */
  readOnly?: boolean;
  /** Fault injection for the rollback tests; refused outside the test build. */
  dangerousTestOnlyFaults?: LedgerFaultHooks;
};

/** What importAndRecord wrote: each imported ledger's new head, and the recording event. */
export type ImportedAndRecorded = { heads: ImportedHead[]; event: LedgerEvent };

export type LedgerStorage = {
  readonly ledgerId: string;
  readonly readOnly: boolean;
  readonly config: Readonly<LedgerConfig>;
  /** This installation's ledger head, as of the last committed append. */
  head(): LedgerHead;
  append(draft: EventDraft, author: Author): Promise<LedgerEvent>;
  /** `canonicalLines`: the events' verified canonical JSON, if the caller has it (saves re-serializing). */
  writeImportedEvents(ledger: string, events: readonly LedgerEvent[], canonicalLines?: readonly Uint8Array[]): Promise<ImportedHead>;
  /**
   * Imports other ledgers' events and appends `record` (the import's own entry) in one
   * transaction: the events are kept and recorded together, or neither is.
   */
  importAndRecord(segments: readonly ImportSegment[], record: EventDraft, author: Author): Promise<ImportedAndRecorded>;
  readLedger(ledger: string, fromSeq?: number): AsyncGenerator<LedgerEvent, void, undefined>;
  readLedgerBatches(ledger: string, fromSeq?: number): AsyncGenerator<readonly LedgerEvent[], void, undefined>;
  /** readLedgerBatches, each event with its stored canonical bytes (for an export to pass on). */
  readLedgerEntries(ledger: string, fromSeq?: number): AsyncGenerator<readonly StoredEntry[], void, undefined>;
  readEvent(ledger: string, seq: number): Promise<LedgerEvent | undefined>;
  ledgers(): Promise<string[]>;
  writeSnapshot(manifest: Uint8Array, chunks: readonly Uint8Array[]): Promise<number>;
  readSnapshot(): Promise<StoredSnapshot | undefined>;
  deleteSnapshots(): Promise<void>;
  verify(options?: VerifyStoredOptions): Promise<StoredVerified | StoredFailure>;
  /** Zeroes the key, drops the decrypted pages; every later call throws. */
  close(): void;
};

/** Opens the storage: reads where this installation's ledger stands. */
export async function openLedgerStorage(options: LedgerStorageOptions): Promise<LedgerStorage> {
  if (options.dangerousTestOnlyFaults !== undefined && import.meta.env.MODE !== 'test') {
    throw new Error('dangerousTestOnlyFaults outside tests');
  }
  const config = { ...DEFAULT_LEDGER_CONFIG, ...options.config };
  const ctx: StorageContext = {
    db: options.db,
    key: options.dataKey.slice(),
    bulkKey: await bulkSealKey(options.dataKey),
    ledgerId: options.ledgerId,
    clock: options.clock ?? systemClock,
    newId: options.newId,
    registry: options.registry,
    config,
    cache: createPageCache(config.pageCacheSize),
    faults: options.dangerousTestOnlyFaults ?? {},
  };
  const own = await loadOwnLedgerState(ctx);
  return storageApi(ctx, own, options.readOnly ?? false);
}

function storageApi(ctx: StorageContext, initial: Awaited<ReturnType<typeof loadOwnLedgerState>>, readOnly: boolean): LedgerStorage {
  let own = initial;
  let closed = false;
  const serial = createSerialQueue();
  const usable = (): StorageContext => {
    if (closed) throw new LedgerStorageError('closed', 'the storage was closed (locked)');
    return ctx;
  };
  const writable = (): StorageContext => {
    if (readOnly) throw new LedgerStorageError('read-only', 'another window holds the writer lock');
    return usable();
  };
  return {
    ledgerId: ctx.ledgerId,
    readOnly,
    config: ctx.config,
    head: () => own.head,
    append: (draft, author) =>
      serial(async () => {
        const appended = await appendEvent(writable(), own, draft, author);
        own = appended.state;
        return appended.event;
      }),
    writeImportedEvents: (ledger, events, canonicalLines) =>
      serial(() => writeImportedEvents(writable(), ledger, events, canonicalLines)),
    importAndRecord: (segments, record, author) =>
      serial(async () => {
        const ctx = writable();
        const prepared: PreparedImport[] = [];
        for (const segment of segments) prepared.push(await prepareImport(ctx, segment));
        const appended = await inLedgerWrite(ctx.db, ['pages', 'tail'], async (write) => {
          await storePrepared(write, prepared);
          return appendWithin(ctx, write, own, record, author);
        });
        own = appended.state;
        return { heads: prepared.map((item) => item.head), event: appended.event };
      }),
    readLedger: (ledger, fromSeq) => eventsOf(readLedgerBatches(usable(), ledger, fromSeq)),
    readLedgerBatches: (ledger, fromSeq) => readLedgerBatches(usable(), ledger, fromSeq),
    readLedgerEntries: (ledger, fromSeq) => readLedgerEntries(usable(), ledger, fromSeq),
    readEvent: (ledger, seq) => readEvent(usable(), ledger, seq),
    ledgers: () => storedLedgers(usable()),
    writeSnapshot: (manifest, chunks) => writeSnapshotRows(writable(), manifest, chunks),
    readSnapshot: () => readLatestSnapshot(usable()),
    deleteSnapshots: () => deleteSnapshots(writable()),
    verify: (options) => verifyStoredLedgers(usable(), options),
    close: () => {
      closed = true;
      ctx.key.fill(0);
      ctx.cache.clear();
    },
  };
}

async function* eventsOf(
  batches: AsyncGenerator<readonly LedgerEvent[], void, undefined>,
): AsyncGenerator<LedgerEvent, void, undefined> {
  for await (const batch of batches) yield* batch;
}
