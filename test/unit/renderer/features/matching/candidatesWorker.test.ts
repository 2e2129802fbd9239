import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MatchPerson } from '@shared/oversight/matching';
import { readCandidatesReply } from '../../../../../renderer/features/matching/candidatesProtocol';
import type { CandidatesRequest } from '../../../../../renderer/features/matching/candidatesProtocol';
import { startCandidates } from '../../../../../renderer/features/matching/candidatesWorker';

const PEOPLE: MatchPerson[] = [
  { id: 'r-1', ledger: 'north', identity: { names: ['Amina Hassan'], birth: { year: 1990, estimated: false } } },
  { id: 'r-2', ledger: 'south', identity: { names: ['Amina Hasan'], birth: { year: 1990, estimated: false } } },
];
const REQUEST: CandidatesRequest = { kind: 'compute', id: 1, people: PEOPLE };

/** A stand-in Worker: records what it is sent and whether it was ended; the test plays its side. */
class FakeWorker extends EventTarget {
  static last: FakeWorker | undefined;
  readonly sent: unknown[] = [];
  isTerminated = false;
  constructor() {
    super();
    FakeWorker.last = this;
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
  }
  terminate(): void {
    this.isTerminated = true;
  }
}

function lastWorker(): FakeWorker {
  if (FakeWorker.last === undefined) throw new Error('no worker started');
  return FakeWorker.last;
}

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = undefined;
});

describe('starting the candidate pairs worker', () => {
  it('sends the request to a worker, passes its reply on and ends it', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const replies: unknown[] = [];
    startCandidates(REQUEST, (reply) => replies.push(reply));
    const worker = lastWorker();
    expect(worker.sent).toEqual([REQUEST]);
    worker.dispatchEvent(new MessageEvent('message', { data: { kind: 'done', id: 1, candidates: [] } }));
    expect(replies).toEqual([{ kind: 'done', id: 1, candidates: [] }]);
    expect(worker.isTerminated).toBe(true);
  });

  it('passes progress on while the worker keeps running, and ends it only on the final reply', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const replies: unknown[] = [];
    startCandidates(REQUEST, (reply) => replies.push(reply));
    const worker = lastWorker();
    worker.dispatchEvent(new MessageEvent('message', { data: { kind: 'progress', id: 1, done: 1, total: 2 } }));
    expect(worker.isTerminated).toBe(false);
    worker.dispatchEvent(new MessageEvent('message', { data: { kind: 'failed', id: 1 } }));
    expect(worker.isTerminated).toBe(true);
    expect(replies).toEqual([{ kind: 'progress', id: 1, done: 1, total: 2 }, { kind: 'failed', id: 1 }]);
  });

  it('ends the worker when stopped (the records changed or the screen closed)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const stop = startCandidates(REQUEST, () => undefined);
    stop();
    expect(lastWorker().isTerminated).toBe(true);
  });

  it('finds the pairs on this thread when the worker fails to start', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const reply = await new Promise((resolve) => {
      startCandidates(REQUEST, resolve);
      lastWorker().dispatchEvent(new Event('error'));
    });
    const outcome = readCandidatesReply(reply, 1);
    expect(outcome?.status === 'ready' ? outcome.candidates.map((candidate) => candidate.key) : []).toEqual(['r-1:r-2']);
    expect(lastWorker().isTerminated).toBe(true);
  });
});
