/**
 * Re-verifying storage: in the background after every unlock, and on request as "Verify
 * and rebuild" (which also recomputes every projection from the verified events). Both
 * report into the integrity store, so the banner and the audit trail follow.
 */
import type { RebuildResult, VerifyProgress } from '../ledger';
import { useIntegrityStore } from './integrityStore';
import type { OpenedVault } from './openVault';

function report(): { onProgress: (progress: VerifyProgress) => void } {
  const store = useIntegrityStore.getState();
  store.start();
  return { onProgress: (progress) => { store.advance(progress); } };
}

/** Verifies every stored page and the tail; never throws (a failure to read is reported as such). */
export async function verifyInBackground(opened: OpenedVault): Promise<void> {
  const { onProgress } = report();
  try {
    const result = await opened.ledger.verify(onProgress);
    if (result.ok) useIntegrityStore.getState().finish(result.heads);
    else useIntegrityStore.getState().fail(result);
  } catch {
    // Closed by a lock midway: the next unlock verifies again.
    useIntegrityStore.setState({ phase: 'idle' });
  }
}

/**
 * Verifies everything and rebuilds every projection from the events.
 * @param onProgress - for the progress bar
 */
export async function verifyAndRebuild(opened: OpenedVault, onProgress: (progress: VerifyProgress) => void): Promise<RebuildResult> {
  const tracker = report();
  const result = await opened.ledger.rebuildAll((progress) => {
    tracker.onProgress(progress);
    onProgress(progress);
  });
  if (result.ok) {
    const { cursor } = opened.ledger.current();
    useIntegrityStore.getState().finish(cursor);
  } else {
    useIntegrityStore.getState().fail(result);
  }
  return result;
}
