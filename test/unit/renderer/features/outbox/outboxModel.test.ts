import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../../../../renderer/features/outbox/outboxModel';
import { afterAttempt, connectionReturned, isRetryable, newEntry, nextWork, RETRY_BASE_MS, RETRY_MAX_MS, retryDelayMs, retryNow } from '../../../../../renderer/features/outbox/outboxModel';

const T0 = new Date('2026-11-26T10:00:00.000Z');
const bundle = { manifestHash: 'a'.repeat(64), bundleSeq: 3, fileName: 'habeas-20261126-100000-0a1b2c3d.habeas', fileSha256: 'b'.repeat(64), fileBytes: 65_536 };
const at = (ms: number) => new Date(T0.getTime() + ms);
const entry = (id = 'e1', queuedAt = T0): OutboxEntry => newEntry(id, 'c'.repeat(64), bundle, { at: queuedAt, by: 'Amina Haddad' });
const ENDPOINT = 'https://adviser.example/inbox';

describe('retry policy', () => {
  it('doubles the wait from 30 s after each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map(retryDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(retryDelayMs(40)).toBe(RETRY_MAX_MS);
    expect(retryDelayMs(1)).toBe(RETRY_BASE_MS);
  });

  it('retries what time can fix and waits for a person otherwise', () => {
    for (const reason of ['offline', 'dns', 'connection', 'timeout', 'server-error', 'network', 'internal'] as const) expect(isRetryable(reason), reason).toBe(true);
    for (const reason of ['tls', 'redirect', 'rejected', 'blocked', 'no-endpoint', 'not-recipient', 'bad-request'] as const) expect(isRetryable(reason), reason).toBe(false);
  });
});

describe('an attempt', () => {
  it('that succeeded marks the entry sent, with when and the answer', () => {
    const sent = afterAttempt(entry(), ENDPOINT, { status: 'sent', httpStatus: 201 }, at(5_000));
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, sentAt: at(5_000).toISOString(), lastHttpStatus: 201, lastEndpoint: ENDPOINT, lastFailure: null, nextAttemptAt: null });
  });

  it('that failed for a passing reason schedules the next try with backoff', () => {
    const once = afterAttempt(entry(), ENDPOINT, { status: 'failed', reason: 'server-error', httpStatus: 503 }, at(0));
    expect(once).toMatchObject({ status: 'queued', attempts: 1, nextAttemptAt: at(30_000).toISOString(), lastFailure: { reason: 'server-error', httpStatus: 503 } });
    const twice = afterAttempt(once, ENDPOINT, { status: 'failed', reason: 'offline', httpStatus: null }, at(30_000));
    expect(twice).toMatchObject({ status: 'queued', attempts: 2, nextAttemptAt: at(90_000).toISOString() });
  });

  it('that failed for a reason needing a person stops retrying', () => {
    const failed = afterAttempt(entry(), ENDPOINT, { status: 'failed', reason: 'tls', httpStatus: null }, at(0));
    expect(failed).toMatchObject({ status: 'failed', nextAttemptAt: null, lastFailure: { reason: 'tls' } });
    expect(nextWork([failed], at(10 * RETRY_MAX_MS))).toBeNull();
    expect(retryNow(failed)).toMatchObject({ status: 'queued', nextAttemptAt: null, attempts: 1 });
  });
});

describe('scheduling', () => {
  it('tries the oldest due entry first, and otherwise says when the next falls due', () => {
    const older = entry('older', T0);
    const newer = entry('newer', at(1_000));
    expect(nextWork([newer, older], at(2_000))).toEqual({ entry: older });
    const waiting = afterAttempt(older, ENDPOINT, { status: 'failed', reason: 'timeout', httpStatus: null }, at(2_000));
    expect(nextWork([waiting, newer], at(3_000))).toEqual({ entry: newer });
    expect(nextWork([waiting], at(3_000))).toEqual({ at: at(32_000).getTime() });
    expect(nextWork([waiting], at(32_000))).toEqual({ entry: waiting });
  });

  it('makes waiting entries due at once when a connection appears, and leaves the others', () => {
    const waiting = afterAttempt(entry(), ENDPOINT, { status: 'failed', reason: 'offline', httpStatus: null }, at(0));
    expect(connectionReturned(waiting).nextAttemptAt).toBeNull();
    const sent = afterAttempt(entry(), ENDPOINT, { status: 'sent', httpStatus: 200 }, at(0));
    expect(connectionReturned(sent)).toBe(sent);
    const failed = afterAttempt(entry(), ENDPOINT, { status: 'failed', reason: 'rejected', httpStatus: 400 }, at(0));
    expect(connectionReturned(failed)).toBe(failed);
  });

  it('never sends a sent entry again', () => {
    const sent = afterAttempt(entry(), ENDPOINT, { status: 'sent', httpStatus: 200 }, at(0));
    expect(retryNow(sent)).toBe(sent);
    expect(nextWork([sent], at(0))).toBeNull();
  });
});
