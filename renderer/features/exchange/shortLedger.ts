/** The first 8 hex digits of a ledger id, in two groups, for tables and messages. */
export function shortLedger(ledger: string): string {
  return `${ledger.slice(0, 4)} ${ledger.slice(4, 8)}`;
}
