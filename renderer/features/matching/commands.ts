/**
 * Writes of person matching: each decision is one ledger event appended as the signed-in
 * adviser. Nothing is ever erased: a withdrawal is a new event and the earlier decision
 * stays in the history.
 */
import { pairKey } from '@shared/oversight/matching';
import type { Clock } from '@shared/util/clock';
import { systemClock, toUtcIso } from '@shared/util/clock';
import type { Session } from '../../vault/session';
import { appendAsUser } from '../../vault/session';

/** A pair as the screens hold it: the two record ids in id order and the score shown. */
export type PairRef = { readonly a: string; readonly b: string; readonly score: number };

/** An adviser's decision on a proposed pair. */
export type PairDecision = 'confirmed' | 'rejected';

function noteOf(note: string): { note?: string } {
  const trimmed = note.trim();
  return trimmed === '' ? {} : { note: trimmed };
}

/** Records that both records are one person, or that they are two. */
export async function decidePair(session: Session, pair: PairRef, decision: PairDecision, note: string, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, {
    type: decision === 'confirmed' ? 'person.match.confirmed' : 'person.match.rejected',
    subject: pairKey(pair.a, pair.b),
    occurredAt: toUtcIso(clock.now()),
    payload: { records: [pair.a, pair.b], score: pair.score, ...noteOf(note) },
  });
}

/** Takes back the pair's standing decision: it becomes a candidate again. */
export async function withdrawDecision(session: Session, pair: { readonly a: string; readonly b: string }, note: string, clock: Clock = systemClock): Promise<void> {
  await appendAsUser(session, {
    type: 'person.match.withdrawn',
    subject: pairKey(pair.a, pair.b),
    occurredAt: toUtcIso(clock.now()),
    payload: { records: [pair.a, pair.b], ...noteOf(note) },
  });
}
