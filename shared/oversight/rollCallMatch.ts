/**
 * Roll-call reconciliation (issue P6 item 3): the people an adviser saw on a visit against
 * one facility's register. Someone seen but not registered may be held off the books (the
 * first step of a disappearance); someone registered in custody but not seen may have been
 * moved without a record. Matching never guesses: a line that fits several people equally
 * well is shown as ambiguous for the adviser to resolve.
 */
import { parseRegisterNumber } from '../custody/registerNumbers';
import type { CustodyRecord } from '../custody/projection/types';
import { CLOSED_STATUSES } from '../custody/projection/types';
import type { IdentityMatch, PreparedIdentity } from './identity';
import { compareIdentities, identityOfRecord, parseBirth, prepareIdentity, strengthRank } from './identity';
import type { SeenPerson } from './rollCall';

/** A person seen who is in the register, in custody. */
export type RollCallMatch = { readonly seen: SeenPerson; readonly record: CustodyRecord; readonly by: 'register_number' | IdentityMatch['strength'] };
/** A person seen who is not registered as held: no entry, or an entry that says they left. */
export type SeenNotRegistered = { readonly seen: SeenPerson; readonly closedRecord?: CustodyRecord };
/** A person seen who fits several entries equally well, or an entry another line already matched. */
export type AmbiguousLine = { readonly seen: SeenPerson; readonly records: readonly CustodyRecord[] };

/** The outcome of a roll-call. */
export type RollCallResult = {
  readonly matched: readonly RollCallMatch[];
  readonly seenNotRegistered: readonly SeenNotRegistered[];
  /** In custody (or at hospital) by the register, and not seen. */
  readonly registeredNotSeen: readonly CustodyRecord[];
  readonly ambiguous: readonly AmbiguousLine[];
};

type Entry = { readonly record: CustodyRecord; readonly identity: PreparedIdentity; readonly isHeld: boolean };
type Found = { readonly entry: Entry; readonly rank: number };

function identityOfSeen(seen: SeenPerson): PreparedIdentity {
  const birth = seen.birth === undefined ? undefined : parseBirth(seen.birth);
  return prepareIdentity({
    names: seen.name === '' ? [] : [seen.name],
    ...(seen.father === undefined ? {} : { father: seen.father }),
    ...(birth === undefined ? {} : { birth }),
  });
}

/** The entries a line fits best: by register number if it gives one, else by identity (held entries before closed ones). */
function bestFits(seen: SeenPerson, entries: readonly Entry[], taken: ReadonlySet<string>): Found[] {
  const number = seen.registerNumber === undefined ? undefined : parseRegisterNumber(seen.registerNumber);
  if (number !== undefined) {
    const entry = entries.find((candidate) => candidate.record.registerNumber.prefix === number.prefix && candidate.record.registerNumber.number === number.number);
    return entry === undefined ? [] : [{ entry, rank: 3 }];
  }
  const identity = identityOfSeen(seen);
  let best: Found[] = [];
  for (const entry of entries) {
    if (taken.has(entry.record.id)) continue;
    const rank = strengthRank(compareIdentities(identity, entry.identity).strength);
    if (rank === 0) continue;
    // A held entry always outranks a closed one: the question is whether the person is held.
    const score = rank + (entry.isHeld ? 10 : 0);
    const bestScore = best[0] === undefined ? 0 : best[0].rank + (best[0].entry.isHeld ? 10 : 0);
    if (score > bestScore) best = [{ entry, rank }];
    else if (score === bestScore) best.push({ entry, rank });
  }
  return best;
}

/**
 * Reconciles the people seen with the register of one ledger (voided entries ignored).
 * Lines are taken in order; an entry matched once is not matched again.
 */
export function reconcileRollCall(seen: readonly SeenPerson[], records: readonly CustodyRecord[], ledger: string): RollCallResult {
  const entries: Entry[] = records
    .filter((record) => record.ledger === ledger && !record.isVoided)
    .map((record) => ({ record, identity: prepareIdentity(identityOfRecord(record)), isHeld: !CLOSED_STATUSES.has(record.status) }));
  const taken = new Set<string>();
  const matched: RollCallMatch[] = [];
  const seenNotRegistered: SeenNotRegistered[] = [];
  const ambiguous: AmbiguousLine[] = [];
  for (const person of seen) {
    const fits = bestFits(person, entries, taken);
    const [first] = fits;
    if (first === undefined) seenNotRegistered.push({ seen: person });
    else if (fits.length > 1 || taken.has(first.entry.record.id)) ambiguous.push({ seen: person, records: fits.map((fit) => fit.entry.record) });
    else if (!first.entry.isHeld) seenNotRegistered.push({ seen: person, closedRecord: first.entry.record });
    else {
      taken.add(first.entry.record.id);
      const by = first.rank === 3 ? 'register_number' : first.rank === 2 ? 'strong' : 'probable';
      matched.push({ seen: person, record: first.entry.record, by });
    }
  }
  const registeredNotSeen = entries
    .filter((entry) => entry.isHeld && !taken.has(entry.record.id))
    .map((entry) => entry.record)
    .sort((a, b) => a.registerNumber.number - b.registerNumber.number);
  return { matched, seenNotRegistered, registeredNotSeen, ambiguous };
}
