/**
 * One writer per database in the browser build: two tabs appending to one ledger would
 * race for the same seqs (the `add` of a tail row would make the loser fail, but the user
 * would only see errors). The Web Locks API grants a named lock to one tab at a time;
 * the others open the storage read-only and say why. Electron has one window, and Node
 * (tests) has no Web Locks: there the lock is granted without coordination.
 */

export type WriterLock =
  | { granted: true; coordinated: boolean; release: () => void }
  | { granted: false; reason: 'held-elsewhere' };

type LockManagerLike = {
  request(name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void>): Promise<void>;
};

function lockManager(): LockManagerLike | undefined {
  return (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks;
}

/** Tries to take the writer lock without waiting; release it on lock or when closing. */
export function acquireWriterLock(name: string): Promise<WriterLock> {
  const locks = lockManager();
  if (locks === undefined) return Promise.resolve({ granted: true, coordinated: false, release: () => undefined });
  return new Promise((resolve, reject) => {
    locks
      .request(`habeas-writer:${name}`, { ifAvailable: true }, (lock) => {
        if (lock === null) {
          resolve({ granted: false, reason: 'held-elsewhere' });
          return Promise.resolve();
        }
        // The lock is held until the promise returned here settles, i.e. until release().
        return new Promise<void>((release) => {
          resolve({ granted: true, coordinated: true, release: () => { release(); } });
        });
      })
      .catch(reject);
  });
}
