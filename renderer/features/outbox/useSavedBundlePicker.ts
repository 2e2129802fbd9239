import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OUTBOX_BUNDLE_MAX_BYTES } from '@shared/ipc/outbox';
import type { ExportEntry } from '../exchange';
import { useBundleHistory } from '../exchange';
import { platform } from '../../platform';
import { bundleFileHash } from './bundleFileHash';

/** A saved bundle file recognised as one of this installation's exports. */
export type SavedBundle = { bytes: Uint8Array; exported: ExportEntry };

export type PickState =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'not-export'; fileName: string }
  | { kind: 'read-failed' }
  | { kind: 'chosen'; bundle: SavedBundle };

/**
 * Choosing a saved bundle to send: the file is read, hashed and looked up in the export
 * history, so only this installation's own exports (whose recipients the history names)
 * can go into the outbox.
 */
export function useSavedBundlePicker(): { state: PickState; pick: () => Promise<void>; clear: () => void } {
  const { t } = useTranslation();
  const history = useBundleHistory();
  const [state, setState] = useState<PickState>({ kind: 'idle' });
  const pick = async () => {
    setState({ kind: 'reading' });
    const opened = await platform.openFiles([{ name: t('outbox.fileType'), extensions: ['habeas'] }], { maxBytes: OUTBOX_BUNDLE_MAX_BYTES });
    if (!opened.ok) {
      setState({ kind: 'read-failed' });
      return;
    }
    const file = opened.value.status === 'opened' ? opened.value.files[0] : undefined;
    if (file === undefined) {
      setState({ kind: 'idle' });
      return;
    }
    const sha256 = await bundleFileHash(file.bytes);
    const exported = history.exports.findLast((entry) => entry.fileSha256 === sha256);
    setState(exported === undefined ? { kind: 'not-export', fileName: file.name } : { kind: 'chosen', bundle: { bytes: file.bytes, exported } });
  };
  return { state, pick, clear: () => { setState({ kind: 'idle' }); } };
}
