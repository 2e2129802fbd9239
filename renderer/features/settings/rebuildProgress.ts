import type { VerifyProgress } from '../../ledger';

/** Overall progress of a verification, in percent: ledgers in turn, pages within each. */
export function rebuildPercent(progress: VerifyProgress): number {
  const perLedger = 1 / Math.max(progress.ledgerCount, 1);
  const withinLedger = progress.pagesTotal === 0 ? 1 : progress.pagesDone / progress.pagesTotal;
  return Math.min(100, Math.round((progress.ledgerIndex + withinLedger) * perLedger * 100));
}
