import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ledgerEventSchema } from '@shared/ledger/envelope';
import { isCertainlyLedgerEvent } from '@shared/ledger/envelopeCheck';
import { aChainOf } from '../../../builders/ledger';

const chain = aChainOf(3);
const MEMBERS = ['id', 'ledger', 'seq', 'type', 'subject', 'occurredAt', 'recordedAt', 'author', 'payload', 'prev', 'hash'] as const;

/** Strings near the edges of each member's rules, plus arbitrary ones. */
const nearMiss = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^[0-9a-fA-F]{62,66}$/),
  fc.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{0,4})?)?(Z|[+-]\d{2}:\d{2})?$/),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
  fc.stringMatching(/^[a-zA-Z][a-z0-9_.]{0,70}$/),
  fc.stringMatching(/^[A-Za-z0-9._:-]{0,130}$/),
  fc.constantFrom('', ' ', 'a\u202E', 'a\u0000', 'x'.repeat(201), 'ledger.created', 'user.added'),
);
const anyMember = fc.oneof(
  nearMiss,
  fc.integer(),
  fc.double(),
  fc.constantFrom<unknown>(null, undefined, true, [], {}, 2 ** 53, 0, -1, 1.5, Object.create(null), new Date(0)),
  fc.record({ id: nearMiss, name: nearMiss }),
  fc.dictionary(nearMiss, nearMiss, { maxKeys: 3 }),
);

/** A valid event with some members replaced, removed or added. */
const mutatedEvent = fc
  .tuple(
    fc.constantFrom(...chain),
    fc.array(fc.tuple(fc.constantFrom(...MEMBERS, 'extra', '__proto__'), anyMember, fc.boolean()), { maxLength: 3 }),
  )
  .map(([event, changes]) => {
    const copy: Record<string, unknown> = { ...event, author: { ...event.author } };
    for (const [member, value, remove] of changes) {
      if (remove) Reflect.deleteProperty(copy, member);
      else Object.defineProperty(copy, member, { value, enumerable: true, configurable: true, writable: true });
    }
    return copy;
  });

describe('isCertainlyLedgerEvent', () => {
  it('passes valid events (so the schema is rarely needed)', () => {
    for (const event of chain) expect(isCertainlyLedgerEvent(event)).toBe(true);
    for (const event of chain) expect(isCertainlyLedgerEvent(JSON.parse(JSON.stringify(event)))).toBe(true);
  });

  it('never passes what ledgerEventSchema refuses', () => {
    fc.assert(
      fc.property(mutatedEvent, (value) => {
        if (isCertainlyLedgerEvent(value)) expect(ledgerEventSchema.safeParse(value).success).toBe(true);
      }),
      { numRuns: 20000 },
    );
  });

  it('agrees with the schema on JSON-shaped mutations of single members', () => {
    fc.assert(
      fc.property(fc.constantFrom(...chain), fc.constantFrom(...MEMBERS), nearMiss, (event, member, value) => {
        const changed = { ...event, [member]: value };
        const bySchema = ledgerEventSchema.safeParse(changed).success;
        if (member !== 'author' && member !== 'payload') expect(isCertainlyLedgerEvent(changed)).toBe(bySchema);
      }),
      { numRuns: 20000 },
    );
  });

  it('refuses non-objects, arrays and class instances', () => {
    for (const value of [null, 1, 'x', [chain[0]], new Date(0)]) expect(isCertainlyLedgerEvent(value)).toBe(false);
  });
});
