import { describe, expect, it } from 'vitest';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { matchEventRegistry } from '@shared/oversight/matchEvents';
import { applyMatchEvent, applyMatchEvents, initialMatchLinksState, linkedGroups, matchLinksProjection, standingDecisions } from '@shared/oversight/matchLinks';
import { pairKey } from '@shared/oversight/matching';
import { validatePayload } from '@shared/ledger/registry';

let seq = 0;
function decision(type: string, records: [string, string], occurredAt: string, ledger = 'a'.repeat(64), note?: string): LedgerEvent {
  seq += 1;
  const payload = type === 'person.match.withdrawn' ? { records, ...(note === undefined ? {} : { note }) } : { records, score: 80, ...(note === undefined ? {} : { note }) };
  return {
    id: `0190aaaa-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    ledger, seq, type, subject: pairKey(...records), occurredAt, recordedAt: occurredAt,
    author: { id: 'adviser', name: 'Maria Rossi' }, payload, prev: seq === 1 ? '' : 'f'.repeat(64), hash: 'f'.repeat(64),
  };
}

describe('match decision events', () => {
  it('accept two different records in id order, with an optional note', () => {
    expect(validatePayload(matchEventRegistry, 'person.match.confirmed', { records: ['a', 'b'], score: 77, note: 'Same father, same village.' }).ok).toBe(true);
    expect(validatePayload(matchEventRegistry, 'person.match.confirmed', { records: ['b', 'a'], score: 77 }).ok).toBe(false);
    expect(validatePayload(matchEventRegistry, 'person.match.rejected', { records: ['a', 'a'], score: 77 }).ok).toBe(false);
    expect(validatePayload(matchEventRegistry, 'person.match.rejected', { records: ['a', 'b'], score: 101 }).ok).toBe(false);
    expect(validatePayload(matchEventRegistry, 'person.match.withdrawn', { records: ['a', 'b'] }).ok).toBe(true);
  });
});

describe('match links projection', () => {
  it('keeps the last decision of each pair; a withdrawal leaves it undecided', () => {
    const confirmed = decision('person.match.confirmed', ['r1', 'r2'], '2025-03-01T10:00:00Z');
    const rejected = decision('person.match.rejected', ['r3', 'r4'], '2025-03-01T10:00:00Z');
    const withdrawn = decision('person.match.withdrawn', ['r1', 'r2'], '2025-03-02T10:00:00Z', 'a'.repeat(64), 'Wrong person: another father.');
    const state = applyMatchEvents(initialMatchLinksState(), [confirmed, rejected]);
    expect([...standingDecisions(state).entries()].map(([key, entry]) => [key, entry.kind])).toEqual([['r1:r2', 'confirmed'], ['r3:r4', 'rejected']]);
    expect(linkedGroups(state).get('r2')).toEqual(['r1', 'r2']);
    const after = applyMatchEvent(state, withdrawn);
    expect(standingDecisions(after).has('r1:r2')).toBe(false);
    expect(linkedGroups(after).has('r1')).toBe(false);
    expect(after.byPair.get('r1:r2')?.at(-1)?.note).toBe('Wrong person: another father.');
  });

  it('gives one state whatever order the events of two advisers arrive in', () => {
    const events = [
      decision('person.match.confirmed', ['r1', 'r2'], '2025-03-01T10:00:00Z', 'a'.repeat(64)),
      decision('person.match.withdrawn', ['r1', 'r2'], '2025-03-03T10:00:00Z', 'b'.repeat(64)),
      decision('person.match.confirmed', ['r1', 'r2'], '2025-03-05T10:00:00Z', 'a'.repeat(64)),
    ];
    const forward = applyMatchEvents(initialMatchLinksState(), events);
    const backward = [...events].reverse().reduce(applyMatchEvent, initialMatchLinksState());
    expect(standingDecisions(backward)).toEqual(standingDecisions(forward));
    expect(standingDecisions(forward).get('r1:r2')?.kind).toBe('confirmed');
  });

  it('links records through confirmed pairs into one group, and survives a snapshot', () => {
    const state = applyMatchEvents(initialMatchLinksState(), [
      decision('person.match.confirmed', ['r1', 'r2'], '2025-03-01T10:00:00Z'),
      decision('person.match.confirmed', ['r2', 'r3'], '2025-03-01T11:00:00Z'),
      decision('person.match.rejected', ['r3', 'r4'], '2025-03-01T12:00:00Z'),
    ]);
    expect(linkedGroups(state).get('r3')).toEqual(['r1', 'r2', 'r3']);
    expect(linkedGroups(state).has('r4')).toBe(false);
    const restored = matchLinksProjection.deserialize(JSON.parse(JSON.stringify(matchLinksProjection.serialize(state))) as unknown[]);
    expect(linkedGroups(restored)).toEqual(linkedGroups(state));
    expect(applyMatchEvent(state, { ...decision('custody.admitted', ['x', 'y'], '2025-03-01T10:00:00Z') })).toBe(state);
  });
});
