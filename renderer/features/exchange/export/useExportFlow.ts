import { useState } from 'react';
import type { WrittenBundle } from '@shared/bundle/write';
import type { TranslationKey } from '../../../i18n/translationKey';
import { PLATFORM_ERROR_MESSAGE_KEYS } from '../../../platform';
import type { FileFilter } from '../../../platform';
import { useSession } from '../../../vault/useSession';
import type { ExportProblem, ExportRequest, PreparedExport } from './commands';
import { ExportError, prepareExport, saveExport, writeExport } from './commands';

/** Where an export stands. */
export type ExportPhase =
  | { kind: 'editing' }
  | { kind: 'preparing'; done: number; total: number }
  | { kind: 'prepared'; prepared: PreparedExport }
  | { kind: 'writing'; prepared: PreparedExport }
  | { kind: 'saving'; prepared: PreparedExport }
  | { kind: 'saved'; prepared: PreparedExport; fileName: string; written: WrittenBundle }
  | { kind: 'failed'; messageKey: TranslationKey; prepared: PreparedExport | null };

const EXPORT_PROBLEM_KEYS = {
  'no-recipients': 'exchange.export.problems.noRecipients',
  'nothing-new': 'exchange.export.problems.nothingNew',
  'no-facility': 'exchange.export.problems.noFacility',
  'history-moved': 'exchange.export.problems.historyMoved',
} as const satisfies Record<ExportProblem, TranslationKey>;

function failureKey(error: unknown): TranslationKey {
  return error instanceof ExportError ? EXPORT_PROBLEM_KEYS[error.problem] : 'exchange.export.problems.unexpected';
}

/** Prepare (read the events, show the preview), then write, save, check and record. */
export function useExportFlow(filters: FileFilter[]) {
  const session = useSession();
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'editing' });
  const isBusy = phase.kind === 'preparing' || phase.kind === 'writing' || phase.kind === 'saving';
  const prepare = async (request: ExportRequest): Promise<void> => {
    if (isBusy) return;
    setPhase({ kind: 'preparing', done: 0, total: 0 });
    try {
      const prepared = await prepareExport(session, request, (done, total) => { setPhase({ kind: 'preparing', done, total }); });
      setPhase({ kind: 'prepared', prepared });
    } catch (error) {
      setPhase({ kind: 'failed', messageKey: failureKey(error), prepared: null });
    }
  };
  const save = async (prepared: PreparedExport): Promise<void> => {
    if (isBusy) return;
    try {
      setPhase({ kind: 'writing', prepared });
      const written = await writeExport(session, prepared);
      setPhase({ kind: 'saving', prepared });
      const outcome = await saveExport(session, prepared, written, filters);
      if (outcome.kind === 'saved') setPhase({ kind: 'saved', prepared, fileName: outcome.fileName, written });
      else if (outcome.kind === 'cancelled') setPhase({ kind: 'prepared', prepared });
      else setPhase({ kind: 'failed', prepared, messageKey: outcome.kind === 'mismatch' ? 'exchange.export.problems.mismatch' : PLATFORM_ERROR_MESSAGE_KEYS[outcome.error.code] });
    } catch (error) {
      setPhase({ kind: 'failed', messageKey: failureKey(error), prepared });
    }
  };
  const reset = (): void => {
    if (!isBusy) setPhase({ kind: 'editing' });
  };
  return { phase, isBusy, prepare, save, reset };
}
