/**
 * The messages between the matching screen and the worker that finds candidate pairs, and
 * their handling as pure functions (tested without a worker). Only what the scorer reads
 * crosses over: per record its id, its register and its identity (names, father's name,
 * birth) and place of birth — nothing else of the record. Decisions stay on the screen:
 * the worker scores every pair, the screen leaves out those already decided, so a decision
 * needs no new computation.
 */
import type { MatchCandidate, MatchPerson } from '@shared/oversight/matching';

/** Find the candidate pairs of these people. `id` tells replies to an outdated request apart. */
export type CandidatesRequest = { readonly kind: 'compute'; readonly id: number; readonly people: readonly MatchPerson[] };

/** How far a computation is: `done` of `total` records compared with those before them. */
export type CandidatesProgress = { readonly done: number; readonly total: number };

/** Progress replies come while the work goes on; one final reply ("done" or "failed") ends it. */
export type CandidatesReply =
  | ({ readonly kind: 'progress'; readonly id: number } & CandidatesProgress)
  | { readonly kind: 'done'; readonly id: number; readonly candidates: readonly MatchCandidate[] }
  | { readonly kind: 'failed'; readonly id: number };

/** What came of a computation, as the screen shows it. */
export type CandidatesOutcome = { readonly status: 'ready'; readonly candidates: readonly MatchCandidate[] } | { readonly status: 'failed' };

/** Finds the pairs of these people, telling `onProgress` how far it is. */
export type ComputeCandidates = (people: readonly MatchPerson[], onProgress: (done: number, total: number) => void) => readonly MatchCandidate[];

function isRequest(message: unknown): message is CandidatesRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { kind, id, people } = message as Partial<Record<keyof CandidatesRequest, unknown>>;
  return kind === 'compute' && typeof id === 'number' && Array.isArray(people);
}

/**
 * The worker's side: the final reply to a message, or undefined for a message that is no
 * request. Progress replies go to `post` while the computation runs.
 */
export function answerCandidatesRequest(message: unknown, compute: ComputeCandidates, post: (reply: CandidatesReply) => void = () => undefined): CandidatesReply | undefined {
  if (!isRequest(message)) return undefined;
  const { id } = message;
  try {
    return { kind: 'done', id, candidates: compute(message.people, (done, total) => { post({ kind: 'progress', id, done, total }); }) };
  } catch {
    // The screen says the pairs could not be found; the error itself may quote a name.
    return { kind: 'failed', id };
  }
}

/** Whether a reply ends its computation (the worker can then be ended); progress does not. */
export function isFinalReply(reply: unknown): boolean {
  if (typeof reply !== 'object' || reply === null) return false;
  const { kind } = reply as { kind?: unknown };
  return kind === 'done' || kind === 'failed';
}

/** The screen's side: how far request `id` is, or undefined for any other message. */
export function readCandidatesProgress(reply: unknown, id: number): CandidatesProgress | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { kind, id: repliedTo, done, total } = reply as Partial<Record<'kind' | 'id' | 'done' | 'total', unknown>>;
  if (kind !== 'progress' || repliedTo !== id || typeof done !== 'number' || typeof total !== 'number') return undefined;
  return { done, total };
}

/** The screen's side: what a reply to request `id` says, or undefined for any other message (an outdated request's reply). */
export function readCandidatesReply(reply: unknown, id: number): CandidatesOutcome | undefined {
  if (typeof reply !== 'object' || reply === null) return undefined;
  const { kind, id: repliedTo, candidates } = reply as Partial<Record<'kind' | 'id' | 'candidates', unknown>>;
  if (repliedTo !== id) return undefined;
  if (kind === 'done' && Array.isArray(candidates)) return { status: 'ready', candidates: candidates as readonly MatchCandidate[] };
  return kind === 'failed' ? { status: 'failed' } : undefined;
}

/** The minimum the scorer needs of a person, copied field by field so nothing else is sent. */
export function scorerInput(person: MatchPerson): MatchPerson {
  const { names, father, birth } = person.identity;
  return {
    id: person.id,
    ledger: person.ledger,
    identity: { names: [...names], ...(father === undefined ? {} : { father }), ...(birth === undefined ? {} : { birth: { ...birth } }) },
    ...(person.placeOfBirth === undefined ? {} : { placeOfBirth: person.placeOfBirth }),
  };
}

/** The pairs still to decide: every candidate not in `decided` (pair keys with a standing decision). */
export function undecided(candidates: readonly MatchCandidate[], decided: ReadonlySet<string>): readonly MatchCandidate[] {
  return decided.size === 0 ? candidates : candidates.filter((candidate) => !decided.has(candidate.key));
}
