import type { PlatformResult } from './types';
import { errorMessage, platformFailure } from './types';

/**
 * Writes text to the clipboard. Both hosts use the async Clipboard API; it can be refused
 * (no user gesture, a permission handler), so callers must offer another way to copy.
 */
export async function copyText(clipboard: Clipboard | undefined, text: string): Promise<PlatformResult<null>> {
  if (clipboard === undefined) return platformFailure('unavailable', 'no clipboard API');
  try {
    await clipboard.writeText(text);
    return { ok: true, value: null };
  } catch (error) {
    return platformFailure('unavailable', errorMessage(error));
  }
}
