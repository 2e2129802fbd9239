/**
 * Two installations on fake-indexeddb, through the app's own commands (issue P5 tests):
 * facility A exports to adviser B, B imports; B holds exactly A's ledger and both chains
 * verify; A exports again and B imports the increment only; importing again changes
 * nothing. Then the harder paths: a bundle waiting for a missing one, a forked history,
 * a stranger's bundle and a faulty save.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeBundle } from '@shared/bundle/write';
import { append } from '@shared/ledger/chain';
import { systemClock } from '@shared/util/clock';
import { newId } from '@shared/util/ids';
import { exchangeStateOf } from '../../../renderer/features/exchange/exchangeState';
import { prepareExport, saveExport, writeExport } from '../../../renderer/features/exchange/export/commands';
import type { ExportScope } from '@shared/exchange/plan';
import { applyVerified, holdBundle, keepEvidence, retryHeldBundles } from '../../../renderer/features/exchange/import/commands';
import { readAgainstHoldings } from '../../../renderer/features/exchange/import/readAgainst';
import { revokeContact } from '../../../renderer/features/exchange/contacts/commands';
import { facilityProjection, usersProjection } from '../../../renderer/ledger';
import { userAddedDraft } from '../../../renderer/vault/eventDrafts';
import { appendAsUser, projectionState } from '../../../renderer/vault/session';
import type { Installation } from './exchangeKit';
import { anInstallation, eventsOf, fakeDisk, sha256Hex, trusts } from './exchangeKit';

vi.mock('../../../renderer/platform', async () => (await import('./exchangeKit')).fakePlatformModule());

let a: Installation;
let b: Installation;

beforeEach(async () => {
  fakeDisk.saved = [];
  fakeDisk.isFaulty = false;
  a = await anInstallation({ name: 'Central Remand Prison', code: 'CRP' });
  b = await anInstallation({ name: 'Adviser Office', code: 'ADV' });
  await trusts(a, b, { recipient: true, source: false });
  await trusts(b, a, { recipient: false, source: true });
});

afterEach(async () => {
  await a.close();
  await b.close();
});

async function addUsers(installation: Installation, count: number): Promise<void> {
  for (let index = 0; index < count; index++) {
    await appendAsUser(installation.session, userAddedDraft({ userId: newId(), name: `Registrar ${String(index)}`, role: 'registrar' }, systemClock));
  }
}

async function exportTo(from: Installation, to: Installation, scope: ExportScope = 'new') {
  const request = { to: { kind: 'contacts' as const, ledgers: [to.card.ledger] }, scope, includeReceived: false };
  const prepared = await prepareExport(from.session, request, () => undefined);
  const written = await writeExport(from.session, prepared);
  const outcome = await saveExport(from.session, prepared, written, []);
  return { prepared, written, outcome, bytes: fakeDisk.saved.at(-1)?.bytes ?? new Uint8Array() };
}

async function importInto(into: Installation, bytes: Uint8Array) {
  const result = await readAgainstHoldings(into.session, bytes);
  if (result.ok) await applyVerified(into.session, result.value, { bytes, sha256: sha256Hex(bytes) });
  return result;
}

describe('two installations through the app', () => {
  it('B imports A\'s bundle and holds exactly A\'s ledger; then the increment only; a re-import changes nothing', async () => {
    await addUsers(a, 5);
    const first = await exportTo(a, b);
    expect(first.outcome).toMatchObject({ kind: 'saved' });
    const sentThrough = first.prepared.ranges[0]?.toSeq ?? 0;
    const imported = await importInto(b, first.bytes);
    expect(imported.ok && imported.value.newEventCount).toBe(sentThrough);
    expect(await eventsOf(b.session, a.card.ledger)).toEqual((await eventsOf(a.session, a.card.ledger)).slice(0, sentThrough));
    const facilityInB = projectionState(b.session.ledger.current().states, facilityProjection).byLedger.get(a.card.ledger);
    expect(facilityInB?.profile).toEqual(projectionState(a.session.ledger.current().states, facilityProjection).byLedger.get(a.card.ledger)?.profile);
    expect(await a.session.ledger.verify()).toMatchObject({ ok: true });
    expect(await b.session.ledger.verify()).toMatchObject({ ok: true });

    await addUsers(a, 3);
    const second = await exportTo(a, b);
    expect(second.prepared.ranges).toEqual([{ ledger: a.card.ledger, fromSeq: sentThrough + 1, toSeq: sentThrough + 4 }]);
    expect(second.written.manifest).toMatchObject({ bundleSeq: 2, prevBundle: first.written.manifestHash });
    const increment = await importInto(b, second.bytes);
    expect(increment.ok && increment.value.newEventCount).toBe(4);
    expect(await eventsOf(b.session, a.card.ledger)).toEqual((await eventsOf(a.session, a.card.ledger)).slice(0, sentThrough + 4));
    const usersInA = projectionState(a.session.ledger.current().states, usersProjection).byLedger.get(a.card.ledger);
    const usersInB = projectionState(b.session.ledger.current().states, usersProjection).byLedger.get(a.card.ledger);
    expect(usersInB).toEqual(usersInA);

    const before = await eventsOf(b.session, b.card.ledger);
    const again = await importInto(b, second.bytes);
    expect(again.ok ? 'applied' : again.error.problem.code).toBe('replay');
    expect(await eventsOf(b.session, b.card.ledger)).toEqual(before);
    expect(await b.session.ledger.verify()).toMatchObject({ ok: true });
  });

  it('records the history on both sides: A\'s export (to whom, range, file hash), B\'s import', async () => {
    const { written, bytes } = await exportTo(a, b);
    await importInto(b, bytes);
    const [exported] = exchangeStateOf(a.session).history.exports;
    expect(exported).toMatchObject({ bundleSeq: 1, manifestHash: written.manifestHash, fileSha256: sha256Hex(bytes), to: { kind: 'contacts', ledgers: [b.card.ledger] } });
    const [received] = exchangeStateOf(b.session).history.imports;
    expect(received).toMatchObject({ manifestHash: written.manifestHash, sender: { ledger: a.card.ledger, facility: 'Central Remand Prison' }, wasHeld: false });
  });

  it('"new" sends nothing twice; "everything" resends it all and B applies nothing new', async () => {
    await importInto(b, (await exportTo(a, b)).bytes);
    const everything = await exportTo(a, b, 'everything');
    expect(everything.prepared.ranges[0]?.fromSeq).toBe(1);
    const result = await importInto(b, everything.bytes);
    // Only A's bundle.exported event of the first export is new to B.
    expect(result.ok && result.value.newEventCount).toBe(1);
  });

  it('holds a bundle that arrives before the one it follows, and applies it once that one is imported', async () => {
    await importInto(b, (await exportTo(a, b)).bytes);
    await addUsers(a, 2);
    const second = await exportTo(a, b);
    await addUsers(a, 2);
    const third = await exportTo(a, b);
    const early = await readAgainstHoldings(b.session, third.bytes);
    expect(early.ok ? 'applied' : early.error.problem.code).toBe('pending');
    if (!early.ok) await holdBundle(b.session, early.error, { bytes: third.bytes, sha256: sha256Hex(third.bytes) });
    expect(exchangeStateOf(b.session).history.held).toHaveLength(1);
    expect(await b.session.db.exchangeFiles.count()).toBe(1);
    await importInto(b, second.bytes);
    const moved = await retryHeldBundles(b.session);
    expect(moved.map((retry) => retry.result)).toEqual(['applied']);
    expect(exchangeStateOf(b.session).history.held).toEqual([]);
    expect(exchangeStateOf(b.session).history.imports.at(-1)).toMatchObject({ bundleSeq: 3, wasHeld: true });
    expect(await b.session.db.exchangeFiles.count()).toBe(0);
    expect((await eventsOf(b.session, a.card.ledger)).at(-1)?.seq).toBe(third.prepared.ranges[0]?.toSeq);
  });

  it('refuses a signed history that contradicts what B holds, keeps the file as evidence and changes no register entry', async () => {
    await addUsers(a, 3);
    const first = await exportTo(a, b);
    await importInto(b, first.bytes);
    const held = await eventsOf(b.session, a.card.ledger);
    const forkAt = held.length - 1;
    const head = held[forkAt - 1];
    if (head === undefined) throw new Error('no head');
    const forged = append(
      { ledger: head.ledger, seq: head.seq, hash: head.hash, recordedAt: head.recordedAt },
      userAddedDraft({ userId: newId(), name: 'Someone Else', role: 'administrator' }, systemClock),
      { ledger: a.card.ledger, author: head.author, clock: systemClock },
    );
    const { signing } = a.session.identity;
    const fork = await writeBundle({
      events: [...held.slice(0, forkAt), forged],
      sender: { signingSecretKey: signing.secretKey, signingPublicKey: signing.publicKey, facility: a.card.facility },
      to: { recipients: [b.card.recipient] },
      bundleSeq: 2,
      prevBundle: first.written.manifestHash,
      createdAt: new Date().toISOString(),
      app: { name: 'habeas', version: 'test' },
    });
    const result = await readAgainstHoldings(b.session, fork.bytes);
    expect(result.ok ? 'applied' : result.error.problem.code).toBe('fork');
    if (!result.ok) expect(await keepEvidence(b.session, result.error, { bytes: fork.bytes, sha256: sha256Hex(fork.bytes) })).toBe(true);
    expect(exchangeStateOf(b.session).history.refused).toMatchObject([{ code: 'fork', fork: { ledger: a.card.ledger, seq: forkAt + 1 } }]);
    expect(await b.session.db.exchangeFiles.count()).toBe(1);
    expect(await eventsOf(b.session, a.card.ledger)).toEqual(held);
  });

  it('never applies a bundle from a sender B has not confirmed', async () => {
    const stranger = await anInstallation({ name: 'Unknown Station', code: 'UNK' });
    try {
      await trusts(stranger, b, { recipient: true, source: false });
      const { bytes } = await exportTo(stranger, b);
      const result = await readAgainstHoldings(b.session, bytes);
      expect(result.ok ? 'applied' : result.error.problem.code).toBe('untrusted-sender');
      expect(await b.session.storage.ledgers()).not.toContain(stranger.card.ledger);
    } finally {
      await stranger.close();
    }
  });

  it('opens a passphrase bundle only with the generated passphrase, and names what is wrong before', async () => {
    const request = { to: { kind: 'passphrase' as const, passphrase: 'abacus zoom drop-down yo-yo felt-tip able' }, scope: 'everything' as const, includeReceived: false };
    const prepared = await prepareExport(a.session, request, () => undefined);
    const written = await writeExport(a.session, prepared);
    expect(await saveExport(a.session, prepared, written, [])).toMatchObject({ kind: 'saved' });
    expect(exchangeStateOf(a.session).history.exports[0]?.to).toEqual({ kind: 'passphrase' });
    const codeOf = async (passphrase?: string) => {
      const result = await readAgainstHoldings(b.session, written.bytes, passphrase);
      return result.ok ? 'ok' : result.error.problem.code;
    };
    expect(await codeOf()).toBe('passphrase-required');
    expect(await codeOf('abacus zoom drop-down yo-yo felt-tip')).toBe('wrong-passphrase');
    expect(await codeOf(request.to.passphrase)).toBe('ok');
  }, 90_000); // three scrypt derivations at 2^18 in pure JS take seconds each here

  it('refuses bundles of a revoked source from the next bundle number, and sends nothing to a revoked recipient', async () => {
    await importInto(b, (await exportTo(a, b)).bytes);
    await revokeContact(b.session, a.card.ledger, 'Laptop reported stolen');
    const next = await exportTo(a, b);
    const result = await readAgainstHoldings(b.session, next.bytes);
    expect(result.ok ? 'applied' : result.error.problem).toMatchObject({ code: 'revoked-sender', params: { bundleSeq: 2, revokedFromBundleSeq: 2 } });
    await revokeContact(a.session, b.card.ledger, 'Office closed');
    await expect(exportTo(a, b)).rejects.toMatchObject({ problem: 'no-recipients' });
  });

  it('records no export when the saved file does not read back identical, and reuses the bundle number', async () => {
    fakeDisk.isFaulty = true;
    const failed = await exportTo(a, b);
    expect(failed.outcome).toEqual({ kind: 'mismatch' });
    expect(exchangeStateOf(a.session).history.exports).toEqual([]);
    fakeDisk.isFaulty = false;
    const retried = await exportTo(a, b);
    expect(retried.outcome).toMatchObject({ kind: 'saved' });
    expect(retried.written.manifest.bundleSeq).toBe(1);
  });
});
