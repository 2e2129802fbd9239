/**
 * The outbox queue as data (issue P5 item 4): one entry per bundle and contact, and what
 * each upload attempt does to it. Pure: the runner (outboxRunner.ts) persists entries and
 * drives attempts; this module only decides. An upload that failed for a reason time can
 * fix (no connection, a busy endpoint) is retried with exponential backoff, and at once
 * when a connection appears; one that needs a person (a refused certificate, an endpoint
 * that refused the bundle) waits for "Retry now".
 */
import { OUTBOX_FAILURES } from '@shared/ipc/outbox';
import type { OutboxSendResult } from '../../platform';

/**
 * Why an attempt failed: the upload's own reasons, plus the outbox's: no address set, the
 * contact is no longer a confirmed recipient (revoked), a request the app refused, a fault.
 */
export const ENTRY_FAILURES = [...OUTBOX_FAILURES, 'no-endpoint', 'not-recipient', 'bad-request', 'internal'] as const;
/** One of ENTRY_FAILURES. */
export type EntryFailure = (typeof ENTRY_FAILURES)[number];

/** Where an entry stands. `sending` is never stored: it is the runner's state of the moment. */
export type EntryStatus = 'queued' | 'sent' | 'failed';

/** One bundle to send to one contact. */
export type OutboxEntry = {
  /** Random; also the upload's Idempotency-Key, so an endpoint recognises a repeat. */
  readonly id: string;
  /** The contact's ledger id. */
  readonly contact: string;
  readonly manifestHash: string;
  readonly bundleSeq: number;
  readonly fileName: string;
  readonly fileSha256: string;
  readonly fileBytes: number;
  readonly queuedAt: string;
  readonly queuedBy: string;
  readonly status: EntryStatus;
  readonly attempts: number;
  readonly lastAttemptAt: string | null;
  /** When a queued entry is next tried; null: as soon as possible. */
  readonly nextAttemptAt: string | null;
  readonly lastFailure: { readonly reason: EntryFailure; readonly httpStatus: number | null } | null;
  /** The address the last attempt went to (it may have changed since). */
  readonly lastEndpoint: string | null;
  /** The endpoint's HTTP status at the last attempt, if it answered. */
  readonly lastHttpStatus: number | null;
  readonly sentAt: string | null;
};

/** The first retry waits this long; each later one twice as long as the one before … */
export const RETRY_BASE_MS = 30_000;
/** … up to this. */
export const RETRY_MAX_MS = 60 * 60_000;

const RETRYABLE: ReadonlySet<EntryFailure> = new Set<EntryFailure>(['offline', 'dns', 'connection', 'timeout', 'server-error', 'network', 'internal']);

/** Whether waiting (or a connection appearing) can fix this failure. */
export function isRetryable(reason: EntryFailure): boolean {
  return RETRYABLE.has(reason);
}

/** The wait before the next attempt, after `attempts` failed ones. */
export function retryDelayMs(attempts: number): number {
  return Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1));
}

/** What a new entry needs to know about its bundle. */
export type QueuedBundle = Pick<OutboxEntry, 'manifestHash' | 'bundleSeq' | 'fileName' | 'fileSha256' | 'fileBytes'>;

/** A new entry, waiting for its first attempt. */
export function newEntry(id: string, contact: string, bundle: QueuedBundle, queued: { at: Date; by: string }): OutboxEntry {
  return {
    id,
    contact,
    ...bundle,
    queuedAt: queued.at.toISOString(),
    queuedBy: queued.by,
    status: 'queued',
    attempts: 0,
    lastAttemptAt: null,
    nextAttemptAt: null,
    lastFailure: null,
    lastEndpoint: null,
    lastHttpStatus: null,
    sentAt: null,
  };
}

/** The entry after an attempt to `endpoint` (null: no endpoint set) ended with `result`. */
export function afterAttempt(entry: OutboxEntry, endpoint: string | null, result: OutboxSendResult | { status: 'failed'; reason: EntryFailure; httpStatus: null }, now: Date): OutboxEntry {
  const attempts = entry.attempts + 1;
  const base = { ...entry, attempts, lastAttemptAt: now.toISOString(), lastEndpoint: endpoint, lastHttpStatus: result.httpStatus };
  if (result.status === 'sent') return { ...base, status: 'sent', sentAt: now.toISOString(), nextAttemptAt: null, lastFailure: null };
  const lastFailure = { reason: result.reason, httpStatus: result.httpStatus };
  if (!isRetryable(result.reason)) return { ...base, status: 'failed', nextAttemptAt: null, lastFailure };
  return { ...base, status: 'queued', nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)).toISOString(), lastFailure };
}

/** A person asked to try again now (also after a failure that needed them). */
export function retryNow(entry: OutboxEntry): OutboxEntry {
  return entry.status === 'sent' ? entry : { ...entry, status: 'queued', nextAttemptAt: null };
}

/** A connection appeared: every entry waiting out a retryable failure is due at once. */
export function connectionReturned(entry: OutboxEntry): OutboxEntry {
  return entry.status === 'queued' && entry.nextAttemptAt !== null ? { ...entry, nextAttemptAt: null } : entry;
}

/** Whether the entry may be tried now. */
export function isDue(entry: OutboxEntry, now: Date): boolean {
  return entry.status === 'queued' && (entry.nextAttemptAt === null || Date.parse(entry.nextAttemptAt) <= now.getTime());
}

/** The entry to try next (oldest first), or the time the next one falls due, or nothing. */
export function nextWork(entries: readonly OutboxEntry[], now: Date): { entry: OutboxEntry } | { at: number } | null {
  const queued = entries.filter((entry) => entry.status === 'queued').sort((a, b) => a.queuedAt.localeCompare(b.queuedAt));
  const due = queued.find((entry) => isDue(entry, now));
  if (due !== undefined) return { entry: due };
  const times = queued.map((entry) => Date.parse(entry.nextAttemptAt ?? ''));
  return times.length === 0 ? null : { at: Math.min(...times) };
}
