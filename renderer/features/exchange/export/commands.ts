/**
 * Exporting a bundle (issue P5 item 3): plan the ranges, read their events, write the
 * signed and encrypted bundle, save it through the platform (atomic in Electron, read back
 * and hashed) and only once the saved file is known to be identical record
 * `bundle.exported`. Bundle numbers form one sequence per sender, whoever the recipients.
 */
import { bundleFileName, writeBundle } from '@shared/bundle/write';
import type { EventLines, WrittenBundle } from '@shared/bundle/write';
import { segmentCollector } from '@shared/bundle/segments';
import type { ContactRecord } from '@shared/exchange/contacts';
import { contactOf, recipientContacts } from '@shared/exchange/contacts';
import type { ExchangePayloads } from '@shared/exchange/eventTypes';
import { FILE_NAME_MAX_CHARS } from '@shared/exchange/eventTypes';
import { nextBundleNumber } from '@shared/exchange/history';
import type { ExportScope, LedgerRange, LedgerSummary } from '@shared/exchange/plan';
import { addToSummaries, planExport } from '@shared/exchange/plan';
import { recipientFingerprint } from '@shared/bundle/manifest';
import { systemClock, toUtcIso } from '@shared/util/clock';
import { version } from '../../../../package.json';
import { platformDigest } from '../../../ledger';
import type { FileFilter, PlatformError } from '../../../platform';
import { platform } from '../../../platform';
import type { Session } from '../../../vault/session';
import { appendAsUser } from '../../../vault/session';
import { exchangeStateOf } from '../exchangeState';
import { fileSha256 } from '../fileHash';
import { ownFacilityName } from '../ownFacility';
import { loadAgeCipher } from '../../../crypto/ageCipher';

/** Who can open the bundle. */
export type ExportTo = { kind: 'contacts'; ledgers: readonly string[] } | { kind: 'passphrase'; passphrase: string };

export type ExportRequest = { to: ExportTo; scope: ExportScope; includeReceived: boolean };

/** Events read and ready to be written, with what the preview shows. */
export type PreparedExport = {
  request: ExportRequest;
  ranges: LedgerRange[];
  /** The events' stored canonical bytes and their segments, passed to the writer as they are. */
  events: EventLines;
  summaries: LedgerSummary[];
  bundleSeq: number;
  prevBundle: string;
  recipients: ContactRecord[];
};

/** Why an export cannot go ahead. */
export type ExportProblem = 'no-recipients' | 'nothing-new' | 'no-facility' | 'history-moved';

export class ExportError extends Error {
  override readonly name = 'ExportError';
  constructor(readonly problem: ExportProblem) {
    super(`export: ${problem}`);
  }
}

/** The chosen contacts that can still receive bundles (confirmed recipients, not revoked). */
export function chosenRecipients(session: Session, to: ExportTo): ContactRecord[] {
  if (to.kind === 'passphrase') return [];
  const allowed = recipientContacts(exchangeStateOf(session).contacts);
  return to.ledgers.flatMap((ledger) => contactOf(allowed, ledger) ?? []);
}

/** The ranges the request covers, with the events already held. */
export function planFor(session: Session, request: ExportRequest): LedgerRange[] {
  const state = exchangeStateOf(session);
  const heads = new Map([...state.heads].map(([ledger, head]) => [ledger, head.seq]));
  const contacts = request.to.kind === 'contacts' ? request.to.ledgers : [];
  return planExport({ ownLedger: session.ledgerId, heads, includeReceived: request.includeReceived, scope: request.scope, contacts, history: state.history });
}

/** Reads the events to export, reporting events read so far out of the total. */
export async function prepareExport(session: Session, request: ExportRequest, onProgress: (done: number, total: number) => void): Promise<PreparedExport> {
  const recipients = chosenRecipients(session, request.to);
  if (request.to.kind === 'contacts' && (recipients.length === 0 || recipients.length !== request.to.ledgers.length)) throw new ExportError('no-recipients');
  const ranges = planFor(session, request);
  if (ranges.length === 0) throw new ExportError('nothing-new');
  const total = ranges.reduce((sum, range) => sum + range.toSeq - range.fromSeq + 1, 0);
  const lines: Uint8Array[] = [];
  const segments = segmentCollector();
  const summaries = new Map<string, LedgerSummary>();
  for (const range of ranges) {
    for await (const batch of session.storage.readLedgerEntries(range.ledger, range.fromSeq)) {
      for (const { event, line } of batch.filter((entry) => entry.event.seq <= range.toSeq)) {
        lines.push(line);
        segments.add(event);
        addToSummaries(summaries, event);
      }
      onProgress(lines.length, total);
      if ((batch.at(-1)?.event.seq ?? range.toSeq) >= range.toSeq) break;
    }
  }
  const { bundleSeq, prevBundle } = nextBundleNumber(exchangeStateOf(session).history);
  return { request, ranges, events: { lines, segments: segments.segments }, summaries: [...summaries.values()], bundleSeq, prevBundle, recipients };
}

/** Signs and encrypts the prepared events. */
export async function writeExport(session: Session, prepared: PreparedExport, createdAt: string = toUtcIso(systemClock.now())): Promise<WrittenBundle> {
  const facility = ownFacilityName(session);
  if (facility === undefined) throw new ExportError('no-facility');
  const { to } = prepared.request;
  await loadAgeCipher();
  return writeBundle({
    events: prepared.events,
    sender: { signingSecretKey: session.identity.signing.secretKey, signingPublicKey: session.identity.signing.publicKey, facility },
    to: to.kind === 'passphrase' ? { passphrase: to.passphrase } : { recipients: prepared.recipients.map((contact) => contact.card.recipient) },
    bundleSeq: prepared.bundleSeq,
    prevBundle: prepared.prevBundle,
    createdAt,
    app: { name: 'habeas', version },
    digest: platformDigest(),
  });
}

/** How saving went. */
export type SaveOutcome =
  | { kind: 'saved'; fileName: string }
  | { kind: 'cancelled' }
  | { kind: 'mismatch' }
  | { kind: 'failed'; error: PlatformError };

/**
 * Saves the bundle and, once the file read back is identical (same SHA-256 and size),
 * records the export. A cancelled, failed or differing save records nothing, so the next
 * export reuses the same bundle number.
 */
export async function saveExport(session: Session, prepared: PreparedExport, written: WrittenBundle, filters: FileFilter[]): Promise<SaveOutcome> {
  const expected = nextBundleNumber(exchangeStateOf(session).history);
  if (expected.bundleSeq !== prepared.bundleSeq) throw new ExportError('history-moved');
  const fileName = bundleFileName(written.manifest.createdAt);
  const sha256 = await fileSha256(written.bytes);
  const saved = await platform.saveFile(written.bytes, fileName, filters);
  if (!saved.ok) return { kind: 'failed', error: saved.error };
  if (saved.value.status === 'cancelled') return { kind: 'cancelled' };
  if (saved.value.sha256 !== sha256 || saved.value.bytesWritten !== written.bytes.length) return { kind: 'mismatch' };
  await appendAsUser(session, { type: 'bundle.exported', subject: written.manifestHash, occurredAt: written.manifest.createdAt, payload: exportedPayload(prepared, written, saved.value.fileName.slice(0, FILE_NAME_MAX_CHARS), sha256) });
  return { kind: 'saved', fileName: saved.value.fileName };
}

function exportedPayload(prepared: PreparedExport, written: WrittenBundle, fileName: string, sha256: string): ExchangePayloads['bundle.exported'] {
  const { request, recipients } = prepared;
  return {
    manifestHash: written.manifestHash,
    bundleSeq: prepared.bundleSeq,
    prevBundle: prepared.prevBundle,
    createdAt: written.manifest.createdAt,
    to:
      request.to.kind === 'passphrase'
        ? { kind: 'passphrase' }
        : { kind: 'contacts', ledgers: recipients.map((contact) => contact.card.ledger), recipientFingerprints: recipients.map((contact) => recipientFingerprint(contact.card.recipient)) },
    scope: request.to.kind === 'passphrase' ? 'everything' : request.scope,
    segments: written.manifest.segments.map(({ ledger, fromSeq, toSeq, headHash }) => ({ ledger, fromSeq, toSeq, headHash })),
    eventCount: written.manifest.events.count,
    fileName,
    fileSha256: sha256,
    fileBytes: written.bytes.length,
  };
}
