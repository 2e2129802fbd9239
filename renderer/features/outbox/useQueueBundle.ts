import { useCallback } from 'react';
import type { ExportEntry } from '../exchange';
import { useOutbox } from './useOutbox';

/**
 * For the export screen: puts a bundle just saved into the outbox for the given contacts
 * (those with an inbox address). Resolves to false when the outbox is not open yet.
 */
export function useQueueBundle(): (bytes: Uint8Array, exported: ExportEntry, contacts: readonly string[]) => Promise<boolean> {
  const runner = useOutbox();
  return useCallback(
    async (bytes, exported, contacts) => {
      if (runner === null) return false;
      const { manifestHash, bundleSeq, fileName, fileSha256, fileBytes } = exported;
      await runner.queue(bytes, { manifestHash, bundleSeq, fileName, fileSha256, fileBytes }, contacts);
      return true;
    },
    [runner],
  );
}
