/**
 * Finds candidate pairs off the UI thread: at 100 000 records the scoring takes seconds,
 * during which the screen must stay responsive and show how far the search is. One request
 * per worker; the screen ends the worker when the records change or the screen closes.
 */
import { candidatePairs } from '@shared/oversight/matching';
import { answerCandidatesRequest } from './candidatesProtocol';

globalThis.addEventListener('message', (event: MessageEvent) => {
  const reply = answerCandidatesRequest(
    event.data,
    (people, onProgress) => candidatePairs(people, { onProgress }),
    (progress) => { globalThis.postMessage(progress); },
  );
  if (reply !== undefined) globalThis.postMessage(reply);
});
