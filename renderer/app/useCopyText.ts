import { useState } from 'react';
import type { RefObject } from 'react';
import { platform } from '../platform';

export type CopyStatus = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard. If the clipboard refuses (no permission), selects the text
 * in `fallbackRef` so copying by hand is one keystroke away.
 */
export function useCopyText(fallbackRef: RefObject<HTMLTextAreaElement | null>): [CopyStatus, (text: string) => Promise<void>] {
  const [status, setStatus] = useState<CopyStatus>('idle');
  const copy = async (text: string): Promise<void> => {
    const result = await platform.copyText(text);
    setStatus(result.ok ? 'copied' : 'failed');
    if (!result.ok) fallbackRef.current?.select();
  };
  return [status, copy];
}
