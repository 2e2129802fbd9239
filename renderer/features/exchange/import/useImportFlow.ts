import { useState } from 'react';
import { newId } from '@shared/util/ids';
import type { OpenedFile } from '../../../platform';
import { useUiStore } from '../../../stores/uiStore';
import type { Session } from '../../../vault/session';
import { useSession } from '../../../vault/useSession';
import { exchangeStateOf } from '../exchangeState';
import { fileSha256 } from '../fileHash';
import type { HeldRetry, ReceivedFile } from './commands';
import { applyVerified, holdBundle, isEvidence, keepEvidence, retryHeldBundles, writesOwnLedger } from './commands';
import type { FileEntry, FileStatus } from './fileStatus';
import { applyOrder, statusOf } from './fileStatus';
import type { ProgressReport } from './readAgainst';
import { readAgainstHoldings } from './readAgainst';
import { useFileEntries } from './useFileEntries';

/** Runs every check as of now; keeps evidence of tampering at once, whatever the person does next. */
async function check(session: Session, file: ReceivedFile, onProgress?: ProgressReport): Promise<FileStatus> {
  const result = await readAgainstHoldings(session, file.bytes, file.passphrase, onProgress);
  const held = new Set(exchangeStateOf(session).history.held.map((entry) => entry.manifestHash));
  const status = statusOf(result, held, (verified) => writesOwnLedger(session, verified));
  if (!result.ok && isEvidence(result.error)) await keepEvidence(session, result.error, file);
  return status;
}

/** Applies one entry; a verdict reached on an older state of the ledgers is reached again first. */
async function apply(session: Session, entry: FileEntry, onProgress: ProgressReport): Promise<FileStatus> {
  const isCurrent = entry.checkedAt === session.ledger.current().cursor;
  const status = isCurrent ? entry.status : await check(session, entry.file, onProgress);
  if (status.kind === 'ready') {
    await applyVerified(session, status.verified, entry.file);
    return { kind: 'applied', verified: status.verified };
  }
  if (status.kind === 'pending') {
    await holdBundle(session, status.rejection, entry.file);
    return { kind: 'held', rejection: status.rejection };
  }
  return status;
}

/** Open files → check each → preview → apply all that passed, hold those that wait, then retry what was held. */
export function useImportFlow() {
  const session = useSession();
  const showToast = useUiStore((state) => state.showToast);
  const files = useFileEntries(session.ledger);
  const [retried, setRetried] = useState<readonly HeldRetry[]>([]);
  const addFiles = (opened: readonly OpenedFile[]): Promise<void> =>
    files.exclusive(async () => {
      const added = await Promise.all(opened.map(entryOf));
      files.setEntries((current) => [...current, ...added]);
      await files.run('checking', added, (entry, onProgress) => check(session, entry.file, onProgress));
    });
  const retryWithPassphrase = (entry: FileEntry, passphrase: string): Promise<void> =>
    files.exclusive(async () => {
      const file = { ...entry.file, passphrase };
      files.setStatus(entry.key, { kind: 'checking' }, { file });
      await files.run('checking', [{ ...entry, file }], (item, onProgress) => check(session, item.file, onProgress));
    });
  const applyAll = (): Promise<void> =>
    files.exclusive(async () => {
      const targets = files.entries.filter((entry) => entry.status.kind === 'ready' || entry.status.kind === 'pending').sort(applyOrder);
      await files.run('applying', targets, (entry, onProgress) => apply(session, entry, onProgress));
      setRetried(await retryHeldBundles(session).catch(() => []));
      showToast('success', 'exchange.import.appliedToast');
    });
  return { entries: files.entries, progress: files.progress, fileProgress: files.fileProgress, retried, addFiles, retryWithPassphrase, applyAll, clear: files.clear };
}

async function entryOf(opened: OpenedFile): Promise<FileEntry> {
  return { key: newId(), name: opened.name, file: { bytes: opened.bytes, sha256: await fileSha256(opened.bytes) }, status: { kind: 'checking' }, checkedAt: null };
}
