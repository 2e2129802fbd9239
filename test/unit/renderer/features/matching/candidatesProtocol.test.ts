import { describe, expect, it } from 'vitest';
import type { MatchCandidate, MatchPerson } from '@shared/oversight/matching';
import { candidatePairs } from '@shared/oversight/matching';
import type { CandidatesReply } from '../../../../../renderer/features/matching/candidatesProtocol';
import { answerCandidatesRequest, isFinalReply, readCandidatesProgress, readCandidatesReply, scorerInput, undecided } from '../../../../../renderer/features/matching/candidatesProtocol';

const AMINA_NORTH: MatchPerson = { id: 'r-1', ledger: 'north', identity: { names: ['أمينة حسن', 'Amina Hassan'], father: 'علي', birth: { year: 1990, estimated: false } }, placeOfBirth: 'Mosul' };
const AMINA_SOUTH: MatchPerson = { id: 'r-2', ledger: 'south', identity: { names: ['Amina Hasan'], father: 'Ali', birth: { year: 1990, estimated: false } } };

describe('candidate pairs worker protocol', () => {
  it('answers a request, after the structured clone a worker message goes through, with the pairs of its people', () => {
    const request = structuredClone({ kind: 'compute', id: 7, people: [AMINA_NORTH, AMINA_SOUTH] });
    const reply = structuredClone(answerCandidatesRequest(request, (people) => candidatePairs(people)));
    const outcome = readCandidatesReply(reply, 7);
    expect(outcome?.status).toBe('ready');
    const candidates = outcome?.status === 'ready' ? outcome.candidates : [];
    expect(candidates.map((candidate) => [candidate.a, candidate.b])).toEqual([['r-1', 'r-2']]);
  });

  it('posts progress replies while computing, then gives the final reply; only the final one ends the work', () => {
    const posted: CandidatesReply[] = [];
    const reply = answerCandidatesRequest(
      structuredClone({ kind: 'compute', id: 4, people: [AMINA_NORTH, AMINA_SOUTH] }),
      (people, onProgress) => candidatePairs(people, { progressEvery: 1, onProgress }),
      (progress) => posted.push(structuredClone(progress)),
    );
    expect(posted).toEqual([{ kind: 'progress', id: 4, done: 1, total: 2 }, { kind: 'progress', id: 4, done: 2, total: 2 }]);
    expect(posted.map((progress) => readCandidatesProgress(progress, 4))).toEqual([{ done: 1, total: 2 }, { done: 2, total: 2 }]);
    expect(posted.map((progress) => [isFinalReply(progress), readCandidatesReply(progress, 4)])).toEqual([[false, undefined], [false, undefined]]);
    expect(isFinalReply(reply)).toBe(true);
    expect(isFinalReply({ kind: 'failed', id: 4 })).toBe(true);
    expect(readCandidatesProgress(reply, 4)).toBeUndefined();
  });

  it('reads progress only of the latest request, and only when it is well formed', () => {
    expect(readCandidatesProgress({ kind: 'progress', id: 3, done: 10, total: 20 }, 4)).toBeUndefined();
    expect(readCandidatesProgress({ kind: 'progress', id: 4, done: '10', total: 20 }, 4)).toBeUndefined();
    expect(readCandidatesProgress(null, 4)).toBeUndefined();
    expect(isFinalReply('done')).toBe(false);
  });

  it('ignores messages that are no request, and replies "failed" without the error when the computation throws', () => {
    const compute = () => {
      throw new Error('could not read أمينة');
    };
    expect(answerCandidatesRequest({ kind: 'compute', id: '1', people: [] }, compute)).toBeUndefined();
    expect(answerCandidatesRequest(null, compute)).toBeUndefined();
    expect(answerCandidatesRequest({ kind: 'compute', id: 3, people: [] }, compute)).toEqual({ kind: 'failed', id: 3 });
  });

  it('reads only the reply to the latest request: a slower, outdated reply is dropped', () => {
    const done = { kind: 'done', id: 2, candidates: [] };
    expect(readCandidatesReply(done, 3)).toBeUndefined();
    expect(readCandidatesReply(done, 2)).toEqual({ status: 'ready', candidates: [] });
    expect(readCandidatesReply({ kind: 'failed', id: 3 }, 3)).toEqual({ status: 'failed' });
    expect(readCandidatesReply({ kind: 'done', id: 3 }, 3)).toBeUndefined();
    expect(readCandidatesReply('done', 3)).toBeUndefined();
  });

  it('sends the scorer only ids, register, names, father, birth and place of birth', () => {
    const record = { ...AMINA_NORTH, admission: { 'medical.notes': { value: 'not for the worker' } }, identity: { ...AMINA_NORTH.identity, mother: 'Fatima' } };
    const input = scorerInput(record);
    expect(input).toEqual(AMINA_NORTH);
    expect(JSON.stringify(input)).not.toMatch(/medical|Fatima/);
  });

  it('leaves out the pairs already decided', () => {
    const pair = (key: string) => ({ key }) as MatchCandidate;
    expect(undecided([pair('a:b'), pair('a:c')], new Set(['a:b'])).map((candidate) => candidate.key)).toEqual(['a:c']);
  });
});
