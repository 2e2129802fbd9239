import { useRef, useState } from 'react';
import type { ReadProgress } from '@shared/bundle/read';
import type { LedgerSession } from '../../../ledger';
import type { FileEntry, FileStatus } from './fileStatus';
import type { ProgressReport } from './readAgainst';

/** Progress of checking or applying, in files. */
export type ImportProgress = { step: 'checking' | 'applying'; done: number; total: number };
/** Progress of the checks of the file being checked: which file, which step, and events verified. */
export type FileCheckProgress = ReadProgress & { name: string };

/** Lets the browser paint the progress just set before the checks go on (they run on this thread). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(resolve, 0);
  });
}

/**
 * The files on the import screen and one piece of work on them at a time: each step runs
 * file after file (checks and writes must see each other's results), updating its status
 * and the progress; a second piece of work started meanwhile is ignored.
 */
export function useFileEntries(ledger: LedgerSession) {
  const [entries, setEntries] = useState<readonly FileEntry[]>([]);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [fileProgress, setFileProgress] = useState<FileCheckProgress | null>(null);
  const busy = useRef(false);
  const setStatus = (key: string, status: FileStatus, patch: Partial<FileEntry> = {}): void => {
    const checkedAt = ledger.current().cursor;
    setEntries((current) => current.map((entry) => (entry.key === key ? { ...entry, ...patch, status, checkedAt } : entry)));
  };
  const run = async (step: ImportProgress['step'], targets: readonly FileEntry[], each: (entry: FileEntry, onProgress: ProgressReport) => Promise<FileStatus>): Promise<void> => {
    for (const [index, entry] of targets.entries()) {
      setProgress({ step, done: index, total: targets.length });
      const onProgress: ProgressReport = async (checks) => {
        setFileProgress({ ...checks, name: entry.name });
        await nextTask();
      };
      setStatus(entry.key, await each(entry, onProgress).catch((): FileStatus => ({ kind: 'error' })));
      setFileProgress(null);
    }
  };
  const exclusive = async (work: () => Promise<void>): Promise<void> => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } finally {
      busy.current = false;
      setProgress(null);
      setFileProgress(null);
    }
  };
  const clear = (): void => {
    if (!busy.current) setEntries([]);
  };
  return { entries, setEntries, setStatus, progress, fileProgress, run, exclusive, clear };
}
