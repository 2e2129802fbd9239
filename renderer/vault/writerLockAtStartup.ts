import { acquireWriterLock } from '../ledger';
import type { WriterLock } from '../ledger';

const ATTEMPTS = 8;
const PAUSE_MS = 250;

/**
 * The writer lock, asked for a few times over two seconds: right after a reload (which
 * every lock does) the previous page's lock can still be held for a moment, and that must
 * not read as another window.
 */
export async function writerLockAtStartup(name: string): Promise<WriterLock> {
  let lock = await acquireWriterLock(name);
  for (let attempt = 1; attempt < ATTEMPTS && !lock.granted; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, PAUSE_MS));
    lock = await acquireWriterLock(name);
  }
  return lock;
}
