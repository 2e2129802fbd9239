/**
 * The exchange's reducers: contacts (trust binds to the card compared; revoked stays
 * listed), the bundle history (held bundles leave the list once applied or refused) and
 * what follows from them: senders trusted, the next bundle number, each sender's continuity
 * and what was already sent to whom.
 */
import { describe, expect, it } from 'vitest';
import { applyContactEvents, contactStatus, initialContactsState, recipientContacts, trustedSenderLookup } from '@shared/exchange/contacts';
import { exchangeEventRegistry } from '@shared/exchange/eventTypes';
import type { ExchangePayloads } from '@shared/exchange/eventTypes';
import { applyHistoryEvents, initialHistoryState, nextBundleNumber, senderContinuity, sentThrough } from '@shared/exchange/history';
import { planExport } from '@shared/exchange/plan';
import { createInstallationIdentity, makeIdentityCard } from '@shared/ledger/identity';
import { mergeEventRegistries } from '@shared/ledger/registry';
import { coreEventRegistry } from '@shared/ledger/coreEventTypes';
import type { EventDraft } from '@shared/ledger/envelope';
import { aLedger, appendDrafts } from '../../../builders/ledger';

const registry = mergeEventRegistries(coreEventRegistry, exchangeEventRegistry);
const base = aLedger({ seed: 'own' });
// Appends check payloads against the core and exchange types together.
const own = { ...base, ctx: { ...base.ctx, registry } };
const identity = await createInstallationIdentity();
const card = makeIdentityCard({ facility: 'Adviser Office', signingPublicKey: identity.signing.publicKey, recipient: identity.ageRecipient });
const hash = (char: string) => char.repeat(64);

function draft<T extends keyof ExchangePayloads>(type: T, subject: string, payload: ExchangePayloads[T]): EventDraft {
  return { type, subject, occurredAt: '2026-11-26T10:00:00Z', payload };
}

function events(drafts: EventDraft[]) {
  return appendDrafts(own, null, drafts);
}

describe('contacts', () => {
  it('are trusted only for the fingerprint of the card added, and stay listed once revoked', () => {
    const state = applyContactEvents(initialContactsState(), events([
      draft('contact.added', card.ledger, { card, roles: { recipient: true, source: true } }),
      draft('contact.trusted', card.ledger, { ledger: card.ledger, fingerprint: hash('a'), method: 'phone' }),
    ]));
    const [contact] = state.byLedger.get(own.ledger) ?? [];
    expect(contactStatus(contact!)).toBe('unconfirmed');
    expect(trustedSenderLookup([contact!])({ ledger: card.ledger, signingKey: card.signingKey })).toBeUndefined();
    const trusted = applyContactEvents(state, events([
      draft('contact.added', card.ledger, { card, roles: { recipient: true, source: true } }),
      draft('contact.trusted', card.ledger, { ledger: card.ledger, fingerprint: card.fingerprint, method: 'in_person' }),
      draft('contact.revoked', card.ledger, { ledger: card.ledger, reason: 'Key lost', revokedFromBundleSeq: 4 }),
    ]));
    const contacts = trusted.byLedger.get(own.ledger) ?? [];
    expect(contacts).toHaveLength(1);
    expect(contactStatus(contacts[0]!)).toBe('revoked');
    expect(recipientContacts(contacts)).toEqual([]);
    expect(trustedSenderLookup(contacts)({ ledger: card.ledger, signingKey: card.signingKey })).toMatchObject({ revokedFromBundleSeq: 4, name: 'Adviser Office' });
  });

  it('refuses a card payload whose fingerprint does not match its members', () => {
    const payload = { card: { ...card, facility: 'Forged' }, roles: { recipient: true, source: false } };
    expect(exchangeEventRegistry.definitions.get('contact.added')?.payload.safeParse(payload).success).toBe(false);
    expect(exchangeEventRegistry.definitions.get('contact.added')?.payload.safeParse({ ...payload, card }).success).toBe(true);
  });
});

describe('bundle history', () => {
  const exported = (bundleSeq: number, manifest: string, toSeq: number): EventDraft =>
    draft('bundle.exported', hash(manifest), {
      manifestHash: hash(manifest), bundleSeq, prevBundle: bundleSeq === 1 ? '' : hash('0'), createdAt: '2026-11-26T10:00:00.000Z',
      to: { kind: 'contacts', ledgers: [card.ledger], recipientFingerprints: [hash('f')] }, scope: 'new',
      segments: [{ ledger: own.ledger, fromSeq: 1, toSeq, headHash: hash('e') }], eventCount: toSeq, fileName: 'x.habeas', fileSha256: hash('d'), fileBytes: 10,
    });
  const received = { fileSha256: hash('d'), sender: { ledger: card.ledger, facility: 'Adviser Office' }, prevBundle: '', createdAt: '2026-11-26T10:00:00.000Z' };

  it('numbers exports in one sequence and knows what each contact received', () => {
    const state = applyHistoryEvents(initialHistoryState(), events([exported(1, '1', 5), exported(2, '2', 9)]));
    const history = state.byLedger.get(own.ledger)!;
    expect(nextBundleNumber(history)).toEqual({ bundleSeq: 3, prevBundle: hash('2') });
    expect(sentThrough(history, card.ledger, own.ledger)).toBe(9);
    expect(sentThrough(history, hash('9'), own.ledger)).toBe(0);
    const plan = planExport({ ownLedger: own.ledger, heads: new Map([[own.ledger, 12], [hash('7'), 3]]), includeReceived: false, scope: 'new', contacts: [card.ledger, hash('9')], history });
    expect(plan).toEqual([{ ledger: own.ledger, fromSeq: 1, toSeq: 12 }]);
    expect(planExport({ ownLedger: own.ledger, heads: new Map([[own.ledger, 12]]), includeReceived: false, scope: 'new', contacts: [card.ledger], history })).toEqual([{ ledger: own.ledger, fromSeq: 10, toSeq: 12 }]);
  });

  it('keeps a held bundle until the same bundle is applied, and gives each sender\'s continuity', () => {
    const state = applyHistoryEvents(initialHistoryState(), events([
      draft('bundle.held', hash('b'), { ...received, manifestHash: hash('b'), bundleSeq: 2, missingBundleSeq: 1, missingLedger: card.ledger, missingFrom: 1, missingTo: 3, storedAs: '0190e4a8-2b3c-7d4e-8f00-000000000001' }),
      draft('bundle.imported', hash('a'), { ...received, manifestHash: hash('a'), bundleSeq: 1, decryptedWith: 'identity', segments: [], newEventCount: 3, newByLedger: [], wasHeld: false }),
    ]));
    const history = state.byLedger.get(own.ledger)!;
    expect(history.held.map((entry) => entry.bundleSeq)).toEqual([2]);
    const continuity = senderContinuity(history, card.ledger);
    expect(continuity).toMatchObject({ lastBundleSeq: 1, lastBundleManifestHash: hash('a') });
    expect(continuity?.isImported?.(hash('a'))).toBe(true);
    const after = applyHistoryEvents(state, events([
      draft('bundle.imported', hash('b'), { ...received, manifestHash: hash('b'), bundleSeq: 2, decryptedWith: 'identity', segments: [], newEventCount: 1, newByLedger: [], wasHeld: true }),
    ])).byLedger.get(own.ledger)!;
    expect(after.held).toEqual([]);
  });
});
