/**
 * The outbox engine of one unlocked session: loads the sealed queue, uploads due entries
 * one at a time through the platform, stores each outcome, and schedules the next try
 * (outboxModel.ts decides when). A connection appearing makes waiting entries due at
 * once. It runs only while a user is signed in: the queue is sealed under the data key,
 * so after a lock nothing is written, and an upload whose answer came too late is simply
 * tried again at the next unlock (its Idempotency-Key lets the endpoint recognise it).
 */
import type { HabeasDb } from '../../db/habeasDb';
import type { Platform } from '../../platform';
import type { EntryFailure, OutboxEntry, QueuedBundle } from './outboxModel';
import { afterAttempt, connectionReturned, newEntry, nextWork, retryNow } from './outboxModel';
import type { OutboxSettings } from './outboxStorage';
import { addEntry, deleteEntry, loadOutbox, readEntryFile, saveEntry, saveSettings } from './outboxStorage';
import type { OutboxState } from './outboxStore';

/** Whether the computer has a network connection, and a way to hear that one appeared. */
export type Connectivity = { isOnline: () => boolean; onChange: (listener: (isOnline: boolean) => void) => () => void };

/** What a runner works with. */
export type RunnerDeps = {
  readonly db: HabeasDb;
  readonly dataKey: Uint8Array;
  readonly userName: string;
  readonly platform: Pick<Platform, 'canSendBundles' | 'sendBundle'>;
  readonly connectivity: Connectivity;
  readonly now: () => Date;
  readonly newId: () => string;
  readonly publish: (state: Partial<OutboxState>) => void;
};

type Failed = { status: 'failed'; reason: EntryFailure; httpStatus: null };
const failure = (reason: EntryFailure): Failed => ({ status: 'failed', reason, httpStatus: null });

/** One session's outbox; nothing happens until start(). */
export class OutboxRunner {
  private readonly entries = new Map<string, OutboxEntry>();
  private settings: OutboxSettings = { endpoints: {} };
  private sendingId: string | null = null;
  /** Contacts bundles may go to (confirmed, not revoked recipients); nothing is sent until it is known. */
  private recipients: ReadonlySet<string> | null = null;
  private stopped = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: () => void = () => undefined;
  /** Settles once the stored queue is loaded; every change waits for it, so none is overwritten by the load. */
  private loaded: Promise<void> = Promise.resolve();

  constructor(private readonly deps: RunnerDeps) {}

  /** Loads the queue, then sends whatever is due. */
  start(): Promise<void> {
    this.loaded = this.load();
    return this.loaded;
  }

  private async load(): Promise<void> {
    const { deps } = this;
    deps.publish({ phase: 'loading', isOnline: deps.connectivity.isOnline() });
    try {
      const loaded = await loadOutbox(deps.db, deps.dataKey);
      for (const entry of loaded.entries) this.entries.set(entry.id, entry);
      this.settings = loaded.settings;
      if (this.stopped) return;
      deps.publish({ phase: 'ready', skipped: loaded.skipped });
    } catch {
      deps.publish({ phase: 'failed' });
      return;
    }
    this.publish();
    this.unsubscribe = deps.connectivity.onChange((isOnline) => {
      this.onConnectivity(isOnline);
    });
    this.kick();
  }

  /** Stops for good (the session is locking): no more uploads, timers or writes. */
  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
    this.unsubscribe();
  }

  /** Queues a bundle for each contact (one entry each, each with its own sealed copy). */
  async queue(bytes: Uint8Array, bundle: QueuedBundle, contacts: readonly string[]): Promise<void> {
    await this.loaded;
    if (!this.canWrite()) return;
    const { deps } = this;
    for (const contact of contacts) {
      const entry = newEntry(deps.newId(), contact, bundle, { at: deps.now(), by: deps.userName });
      await addEntry(deps.db, deps.dataKey, entry, bytes);
      this.entries.set(entry.id, entry);
    }
    this.publish();
    this.kick();
  }

  /** Tries an entry again at once. */
  async retry(id: string): Promise<void> {
    await this.loaded;
    const entry = this.entries.get(id);
    if (entry === undefined) return;
    await this.store(retryNow(entry));
    this.kick();
  }

  /** Takes an entry (and its copy of the bundle) out of the outbox, unless it is being sent. */
  async remove(id: string): Promise<void> {
    await this.loaded;
    if (id === this.sendingId || !this.canWrite()) return;
    await deleteEntry(this.deps.db, id);
    this.entries.delete(id);
    this.publish();
  }

  /** Tells the runner who may receive bundles now; a contact revoked since queueing gets nothing more. */
  setRecipients(recipients: ReadonlySet<string>): void {
    this.recipients = recipients;
    this.kick();
  }

  /** Sets (or, with null, removes) the address a contact's bundles are uploaded to. */
  async setEndpoint(contact: string, endpoint: string | null): Promise<void> {
    await this.loaded;
    if (!this.canWrite()) return;
    const endpoints = { ...this.settings.endpoints };
    if (endpoint === null) Reflect.deleteProperty(endpoints, contact);
    else endpoints[contact] = endpoint;
    await saveSettings(this.deps.db, this.deps.dataKey, { endpoints });
    this.settings = { endpoints };
    this.publish();
    this.kick();
  }

  // A zeroed key means the vault closed: sealing with it would make rows nobody can open.
  private canWrite(): boolean {
    return !this.stopped && this.deps.dataKey.some((byte) => byte !== 0);
  }

  private publish(): void {
    if (!this.stopped) this.deps.publish({ entries: [...this.entries.values()], settings: this.settings, sendingId: this.sendingId });
  }

  private async store(entry: OutboxEntry): Promise<void> {
    if (!this.canWrite()) return;
    this.entries.set(entry.id, entry);
    await saveEntry(this.deps.db, this.deps.dataKey, entry);
    this.publish();
  }

  private kick(): void {
    void this.work();
  }

  private async work(): Promise<void> {
    clearTimeout(this.timer);
    const { deps } = this;
    if (this.stopped || this.sendingId !== null || this.recipients === null) return;
    if (!deps.platform.canSendBundles || !deps.connectivity.isOnline()) return;
    const next = nextWork([...this.entries.values()], deps.now());
    if (next === null) return;
    if ('at' in next) {
      this.timer = setTimeout(() => {
        this.kick();
      }, Math.max(0, next.at - deps.now().getTime()));
      return;
    }
    this.sendingId = next.entry.id;
    this.publish();
    try {
      await this.attempt(next.entry);
    } catch {
      await this.store(afterAttempt(next.entry, null, failure('internal'), deps.now())).catch(() => undefined);
    } finally {
      this.sendingId = null;
      this.publish();
    }
    this.kick();
  }

  private async attempt(entry: OutboxEntry): Promise<void> {
    const { deps } = this;
    const endpoint = this.settings.endpoints[entry.contact] ?? null;
    const isRecipient = this.recipients?.has(entry.contact) === true;
    const bytes = endpoint === null || !isRecipient ? undefined : await readEntryFile(deps.db, deps.dataKey, entry.id);
    let result;
    if (!isRecipient) result = failure('not-recipient');
    else if (endpoint === null) result = failure('no-endpoint');
    else if (bytes === undefined) result = failure('internal');
    else {
      const sent = await deps.platform.sendBundle({ bundleId: entry.id, endpoint, bytes });
      result = sent.ok ? sent.value : failure(sent.error.code === 'bad-request' ? 'bad-request' : 'internal');
    }
    await this.store(afterAttempt(entry, endpoint, result, deps.now()));
  }

  private onConnectivity(isOnline: boolean): void {
    this.deps.publish({ isOnline });
    if (!isOnline || this.stopped) return;
    const woken = [...this.entries.values()].map(connectionReturned).filter((entry) => entry !== this.entries.get(entry.id));
    void Promise.all(woken.map((entry) => this.store(entry))).then(() => {
      this.kick();
    });
  }
}
