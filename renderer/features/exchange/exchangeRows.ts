/**
 * The `exchangeFiles` table: copies of received bundle files that must be kept, either
 * held until a missing bundle arrives or refused as evidence of tampering. The file (and
 * the passphrase that opens it, if it needed one) is sealed under the data key; the row's
 * id is random, and nothing else is stored in the clear. Which bundle a row is, and why
 * it is kept, is told by the `bundle.held` and `bundle.refused` events naming the id.
 */
import type { Table } from 'dexie';

export type ExchangeFileRow = {
  id: string;
  /** The `.habeas` file, sealed. */
  sealedFile: Uint8Array;
  /** The passphrase that opened it, sealed; absent for a bundle opened with this installation's key. */
  sealedPassphrase?: Uint8Array;
};

/** The tables the exchange needs; HabeasDb declares them in schema version 4. */
export type ExchangeTables = { exchangeFiles: Table<ExchangeFileRow, string> };
