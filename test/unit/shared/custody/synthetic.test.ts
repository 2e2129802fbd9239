import { describe, expect, it } from 'vitest';
import { applyCustodyEvents, custodyRecords, initialCustodyState, recordOf, registerSeriesAudit } from '@shared/custody/custodyProjection';
import { effectiveEvent } from '@shared/custody/projection/effective';
import { custodyEventRegistry } from '@shared/custody/eventTypes';
import { evaluateRecord } from '@shared/custody/safeguards';
import { generateFacility } from '@shared/custody/synthetic/generateFacility';
import { createRng } from '@shared/custody/synthetic/prng';
import { validateCustodyDraft } from '@shared/custody/validation';
import { validatePayload } from '@shared/ledger/registry';
import { isUuidV7 } from '@shared/util/ids';
import { anAdmissionDraft, CUSTODY_TEST_REGISTRY, unhashedSyntheticEvents } from '../../../builders/custody';
import { headOf } from '@shared/ledger/chain';
import { aLedger, appendDrafts } from '../../../builders/ledger';

const OPTIONS = { detainees: 400, seed: 'training', start: '2025-06-01T00:00:00Z', now: '2026-11-26T08:00:00Z' } as const;

describe('seeded random numbers', () => {
  it('repeat for a seed and differ between seeds', () => {
    const a = createRng('s');
    const b = createRng('s');
    const sequence = Array.from({ length: 5 }, () => a.uint32());
    expect(Array.from({ length: 5 }, () => b.uint32())).toEqual(sequence);
    expect(createRng('t').uint32()).not.toBe(sequence[0]);
    const rng = createRng('range');
    for (let i = 0; i < 1000; i++) {
      const n = rng.int(3, 5);
      expect(n >= 3 && n <= 5).toBe(true);
    }
  });
});

describe('synthetic facility', () => {
  const facility = generateFacility(OPTIONS);

  it('is deterministic from the seed', () => {
    expect(generateFacility(OPTIONS)).toEqual(facility);
    expect(generateFacility({ ...OPTIONS, seed: 'other' }).drafts[0]).not.toEqual(facility.drafts[0]);
  });

  it('writes valid payloads, UUIDv7 ids, in device-time order, nothing after now', () => {
    const now = Date.parse(OPTIONS.now);
    let previous = 0;
    for (const { id, draft, recordedMs } of facility.drafts) {
      expect(validatePayload(custodyEventRegistry, draft.type, draft.payload)).toMatchObject({ ok: true });
      expect(isUuidV7(id) && isUuidV7(draft.subject)).toBe(true);
      expect(recordedMs).toBeGreaterThanOrEqual(previous);
      expect(recordedMs).toBeLessThanOrEqual(now);
      expect(Date.parse(draft.occurredAt)).toBeLessThanOrEqual(recordedMs);
      previous = recordedMs;
    }
  });

  it('passes cross-field validation event by event, as the app would check each before writing it', () => {
    const events = unhashedSyntheticEvents(generateFacility({ ...OPTIONS, detainees: 150 }));
    const byId = new Map(events.map((event) => [event.id, event]));
    let state = initialCustodyState();
    const problems: string[] = [];
    for (const event of events) {
      const record = recordOf(state, event.subject);
      const targetId = (event.payload as { targetEventId?: string }).targetEventId;
      const target = event.type === 'custody.corrected' && record && targetId ? byId.get(targetId) : undefined;
      const context = {
        now: new Date(event.recordedAt),
        authorId: event.author.id,
        ...(record === undefined ? {} : { record }),
        ...(target === undefined || record === undefined ? {} : { target: effectiveEvent(target, record) }),
      };
      const found = validateCustodyDraft(event, context);
      if (found.length > 0) problems.push(`${event.type}: ${JSON.stringify(found)}`);
      state = applyCustodyEvents(state, [event]);
    }
    expect(problems).toEqual([]);
  });

  it('numbers the register without gaps and holds women, children, transfers, releases and overdue safeguards', () => {
    const state = applyCustodyEvents(initialCustodyState(), unhashedSyntheticEvents(facility));
    const records = [...custodyRecords(state)];
    expect(records).toHaveLength(OPTIONS.detainees);
    expect(registerSeriesAudit(state, 'a'.repeat(64))).toEqual({ gaps: [], duplicates: [] });
    const count = (predicate: (record: (typeof records)[number]) => boolean) => records.filter(predicate).length;
    expect(count((r) => r.isWoman)).toBeGreaterThan(10);
    expect(count((r) => r.childStatus === 'child')).toBeGreaterThan(5);
    expect(count((r) => r.status === 'transferred')).toBeGreaterThan(10);
    expect(count((r) => r.status === 'released')).toBeGreaterThan(50);
    expect(count((r) => r.status === 'in_custody')).toBeGreaterThan(50);
    const now = new Date(OPTIONS.now);
    const overdue = count((r) => evaluateRecord(r, now).some((result) => result.state === 'overdue'));
    expect(overdue).toBeGreaterThan(10);
    expect(overdue).toBeLessThan(records.length);
    expect(records.every((r) => r.problems.length === 0)).toBe(true);
  });

  it('appends to a real hash chain with its own ids and device times', () => {
    const small = generateFacility({ ...OPTIONS, detainees: 20 });
    const ledger = aLedger({ seed: 'synthetic' });
    let next = 0;
    ledger.ctx.registry = CUSTODY_TEST_REGISTRY;
    ledger.ctx.newId = () => small.drafts[next]?.id ?? '';
    ledger.ctx.clock = { now: () => new Date(small.drafts[next]?.recordedMs ?? 0) };
    const events = [];
    let head: Parameters<typeof appendDrafts>[1] = null;
    for (; next < small.drafts.length; next++) {
      const [event] = appendDrafts(ledger, head, [small.drafts[next]?.draft ?? anAdmissionDraft()]);
      if (event === undefined) throw new Error('append failed');
      events.push(event);
      head = headOf(event);
    }
    expect(events.map((event) => event.id)).toEqual(small.drafts.map((d) => d.id));
    expect(events.map((event) => Date.parse(event.recordedAt))).toEqual(small.drafts.map((d) => d.recordedMs));
  });
});
