/**
 * Importing bundles (issue P5 item 5). Checking changes nothing; applying writes every
 * ledger's new events as pages and records `bundle.imported` in one transaction
 * (LedgerStorage.importAndRecord): a bundle is either wholly imported and recorded, or
 * not at all. A held bundle's sealed copy is dropped after; if the app stops before that,
 * only an unreferenced sealed copy is left. Bundles that wait for a missing one are kept
 * sealed and recorded as held; signed bundles that contradict what is held are kept
 * sealed as evidence.
 */
import type { BundleRejection, SignedContext, VerifiedBundle } from '@shared/bundle/read';
import type { EvidenceCode, ExchangePayloads } from '@shared/exchange/eventTypes';
import { EVIDENCE_CODES } from '@shared/exchange/eventTypes';
import type { HeldEntry } from '@shared/exchange/history';
import type { EventDraft } from '@shared/ledger/envelope';
import { systemClock, toUtcIso } from '@shared/util/clock';
import type { Session } from '../../../vault/session';
import type { ImportSegment } from '../../../ledger';
import { appendAsUser, authorOf } from '../../../vault/session';
import { dropKeptFile, keepFile, readKeptFile } from '../exchangeFiles';
import { exchangeStateOf } from '../exchangeState';
import { readAgainstHoldings } from './readAgainst';

/** A file as received: its bytes, their SHA-256, and the passphrase that opens it if it needs one. */
export type ReceivedFile = { bytes: Uint8Array; sha256: string; passphrase?: string };

/** Thrown when a verified bundle would write this installation's own ledger: only this computer writes it. */
export class OwnLedgerError extends Error {
  override readonly name = 'OwnLedgerError';
  constructor() {
    super('import: the bundle extends this installation\'s own ledger');
  }
}

function draft<T extends keyof ExchangePayloads>(type: T, subject: string, payload: ExchangePayloads[T]): EventDraft {
  return { type, subject, occurredAt: toUtcIso(systemClock.now()), payload };
}

function received(signed: SignedContext, sha256: string) {
  const { manifest, manifestHash } = signed;
  return {
    manifestHash,
    fileSha256: sha256,
    sender: { ledger: manifest.sender.ledger, facility: manifest.sender.facility },
    bundleSeq: manifest.bundleSeq,
    prevBundle: manifest.prevBundle,
    createdAt: manifest.createdAt,
  };
}

/** Whether a verified bundle carries new events of this installation's own ledger (a clone or forgery of this computer). */
export function writesOwnLedger(session: Session, verified: VerifiedBundle): boolean {
  return verified.segments.some((outcome) => outcome.status === 'applied' && outcome.segment.ledger === session.ledgerId);
}

/** Applies a verified bundle's new events and records the import, in one transaction. */
export async function applyVerified(session: Session, verified: VerifiedBundle, file: ReceivedFile, held?: HeldEntry): Promise<void> {
  if (writesOwnLedger(session, verified)) throw new OwnLedgerError();
  const newByLedger: ExchangePayloads['bundle.imported']['newByLedger'] = [];
  const segments: ImportSegment[] = [];
  for (const outcome of verified.segments) {
    if (outcome.status !== 'applied') continue;
    const [first, last] = [outcome.newEvents[0], outcome.newEvents.at(-1)];
    if (first === undefined || last === undefined) continue;
    segments.push({ ledger: outcome.segment.ledger, events: outcome.newEvents, canonicalLines: outcome.newLines });
    newByLedger.push({ ledger: outcome.segment.ledger, fromSeq: first.seq, toSeq: last.seq });
  }
  const record = draft('bundle.imported', verified.manifestHash, {
    ...received(verified, file.sha256),
    decryptedWith: verified.decryptedWith,
    segments: verified.manifest.segments.map(({ ledger, fromSeq, toSeq, headHash }) => ({ ledger, fromSeq, toSeq, headHash })),
    newEventCount: verified.newEventCount,
    newByLedger,
    wasHeld: held !== undefined,
  });
  await session.ledger.importAndRecord(segments, record, authorOf(session.user));
  if (held !== undefined) await dropKeptFile(session.db, held.storedAs);
}

/** Keeps a bundle that waits for missing events, sealed, and records it as held. Does nothing if it is held already. */
export async function holdBundle(session: Session, rejection: BundleRejection, file: ReceivedFile): Promise<void> {
  const { problem: found, signed } = rejection;
  if (found.code !== 'pending' || signed === null) throw new TypeError('holdBundle: not a pending bundle');
  if (exchangeStateOf(session).history.held.some((entry) => entry.manifestHash === signed.manifestHash)) return;
  const storedAs = await keepFile(session.db, session.dataKey, file);
  const { missingBundleSeq, missingLedger, missingFrom, missingTo } = found.params;
  await appendAsUser(
    session,
    draft('bundle.held', signed.manifestHash, { ...received(signed, file.sha256), missingBundleSeq, missingLedger, missingFrom, missingTo, storedAs }),
  );
}

/** Whether a refusal is evidence of tampering to keep. */
export function isEvidence(rejection: BundleRejection): rejection is BundleRejection & { signed: SignedContext } {
  return rejection.signed !== null && (EVIDENCE_CODES as readonly string[]).includes(rejection.problem.code);
}

/**
 * Keeps a refused bundle as evidence (sealed) and records why; a file already kept as
 * evidence is not recorded twice. `storedAs` reuses the sealed copy of a bundle that was held.
 * Resolves true when it recorded the refusal, false when it was recorded before.
 */
export async function keepEvidence(session: Session, rejection: BundleRejection, file: ReceivedFile, storedAs?: string): Promise<boolean> {
  if (!isEvidence(rejection)) throw new TypeError('keepEvidence: not evidence');
  const { problem: found, signed } = rejection;
  if (exchangeStateOf(session).history.refused.some((entry) => entry.manifestHash === signed.manifestHash)) return false;
  const id = storedAs ?? (await keepFile(session.db, session.dataKey, file));
  const fork = found.code === 'fork' ? { ledger: found.params.forkedLedger, seq: found.params.seq, knownHash: found.params.knownHash, incomingHash: found.params.incomingHash } : null;
  await appendAsUser(session, draft('bundle.refused', signed.manifestHash, { ...received(signed, file.sha256), code: found.code as EvidenceCode, fork, storedAs: id }));
  return true;
}

/** What became of a held bundle when it was tried again. */
export type HeldRetry = { entry: HeldEntry; result: 'applied' | 'refused' };

/**
 * Tries every held bundle again, repeatedly, until none moves: applying one may be what
 * the next one was waiting for. Returns those applied or refused; the rest stay held.
 */
export async function retryHeldBundles(session: Session): Promise<HeldRetry[]> {
  const done: HeldRetry[] = [];
  let isMoving = true;
  while (isMoving) {
    isMoving = false;
    for (const entry of exchangeStateOf(session).history.held) {
      const outcome = await retryOne(session, entry);
      if (outcome === null) continue;
      done.push({ entry, result: outcome });
      isMoving = true;
    }
  }
  return done;
}

async function retryOne(session: Session, entry: HeldEntry): Promise<HeldRetry['result'] | null> {
  const kept = await readKeptFile(session.db, session.dataKey, entry.storedAs);
  if (kept === undefined) return null;
  const file: ReceivedFile = { ...kept, sha256: entry.fileSha256 };
  const result = await readAgainstHoldings(session, kept.bytes, kept.passphrase);
  if (result.ok) {
    if (writesOwnLedger(session, result.value)) return null;
    await applyVerified(session, result.value, file, entry);
    return 'applied';
  }
  if (!isEvidence(result.error)) return null;
  return (await keepEvidence(session, result.error, file, entry.storedAs)) ? 'refused' : null;
}
