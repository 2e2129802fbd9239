import { candidatePairs } from '@shared/oversight/matching';
import { yieldToUi } from '../../ledger/yieldToUi';
import type { CandidatesRequest } from './candidatesProtocol';
import { answerCandidatesRequest, isFinalReply } from './candidatesProtocol';

/** Where there is no Worker (unit tests): on this thread, after the "computing" status is shown; no progress, as the screen cannot redraw meanwhile. */
function computeHere(request: CandidatesRequest, onReply: (reply: unknown) => void): () => void {
  let isCancelled = false;
  void yieldToUi().then(() => {
    if (!isCancelled) onReply(answerCandidatesRequest(request, (people) => candidatePairs(people)));
  });
  return () => {
    isCancelled = true;
  };
}

/**
 * Starts finding candidate pairs in a worker of its own and returns the way to stop it;
 * `onReply` gets its progress replies, then its final reply, after which the worker ends:
 * stopping ends the worker at once, even in the middle of its computation. Should the
 * worker fail (its script could not be loaded), the pairs are found on this thread: a
 * pause of the screen is better than no pairs to review.
 */
export function startCandidates(request: CandidatesRequest, onReply: (reply: unknown) => void): () => void {
  if (typeof Worker === 'undefined') return computeHere(request, onReply);
  const worker = new Worker(new URL('./candidates.worker.ts', import.meta.url), { type: 'module', name: 'matching-candidates' });
  let stopFallback: (() => void) | undefined;
  const fallBack = () => {
    worker.terminate();
    stopFallback ??= computeHere(request, onReply);
  };
  worker.addEventListener('message', (event: MessageEvent) => {
    if (isFinalReply(event.data)) worker.terminate();
    onReply(event.data);
  });
  worker.addEventListener('error', fallBack);
  worker.addEventListener('messageerror', fallBack);
  worker.postMessage(request);
  return () => {
    worker.terminate();
    stopFallback?.();
  };
}
