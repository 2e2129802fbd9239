import type { PlatformResult } from './types';
import { errorMessage, platformFailure } from './types';

/**
 * Opens the system print dialog for the current page. Both hosts use window.print (in
 * Electron it opens the OS dialog for this window); what is printed is decided by the
 * page's print stylesheet, so a screen can print only the part it marks as printable.
 */
export function printPage(print: (() => void) | undefined): Promise<PlatformResult<null>> {
  if (print === undefined) return Promise.resolve(platformFailure('unavailable', 'no print function'));
  try {
    print();
    return Promise.resolve({ ok: true, value: null });
  } catch (error) {
    return Promise.resolve(platformFailure('unavailable', errorMessage(error)));
  }
}
