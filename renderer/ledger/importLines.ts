/**
 * The page bodies of imported events. A bundle's reader holds each verified event's
 * canonical JSON bytes as they came in the file; storing those bytes spares serializing
 * and encoding every event again, which would cost more than writing the page. A line is
 * taken only if it carries its event's hash, so lines and events cannot drift apart
 * unnoticed, and every verification re-hashes the stored lines anyway.
 */
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { carriesHash } from '@shared/ledger/canonicalLine';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { utf8Encode } from '@shared/util/bytes';
import { ndjsonOf } from './pageCodec';
import { LedgerStorageError } from './storageContext';

/**
 * The NDJSON bytes of consecutive events: each event's canonical JSON and a line feed.
 * `lines`, when given, are the events' canonical bytes; `offset` is the index of the
 * first event in them.
 * @throws LedgerStorageError('not-contiguous') if a line is not its event's
 */
export function ndjsonOfEvents(events: readonly LedgerEvent[], lines: readonly Uint8Array[] | undefined, offset: number): Uint8Array {
  return ndjsonOf(
    events.map((event, index) => {
      const line = lines?.[offset + index];
      if (line === undefined) return utf8Encode(canonicalJson(event));
      if (!carriesHash(line, event.hash)) throw new LedgerStorageError('not-contiguous', `line for seq ${event.seq} is not that event`);
      return line;
    }),
  );
}
