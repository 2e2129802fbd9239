/**
 * The page bodies of imported events. A bundle's reader holds each verified event's
 * canonical JSON bytes as they came in the file; storing those bytes spares serializing
 * and encoding every event again, which would cost more than writing the page. A line is
 * taken only if it carries its event's hash, so lines and events cannot drift apart
 * unnoticed, and every verification re-hashes the stored lines anyway.
 */
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { carriesHash, ndjsonOf } from '@shared/ledger/canonicalLine';
import type { LedgerEvent } from '@shared/ledger/envelope';
import { utf8Encode } from '@shared/util/bytes';
import { LedgerStorageError } from './storageContext';

const LINE_FEED = 0x0a;

/**
 * The lines as they lie in the file they were read from, when they follow each other
 * there, each ended by its line feed: the page body is then that stretch of the file,
 * with no copy.
 */
function stretchOfFile(lines: readonly Uint8Array[]): Uint8Array | undefined {
  const first = lines[0];
  if (first === undefined) return undefined;
  const file = new Uint8Array(first.buffer);
  let end = first.byteOffset;
  for (const line of lines) {
    if (line.buffer !== first.buffer || line.byteOffset !== end || file[end + line.length] !== LINE_FEED) return undefined;
    end += line.length + 1;
  }
  return file.subarray(first.byteOffset, end);
}

/**
 * The NDJSON bytes of consecutive events: each event's canonical JSON and a line feed.
 * `lines`, when given, are the events' canonical bytes; `offset` is the index of the
 * first event in them.
 * @throws LedgerStorageError('not-contiguous') if a line is not its event's
 */
export function ndjsonOfEvents(events: readonly LedgerEvent[], lines: readonly Uint8Array[] | undefined, offset: number): Uint8Array {
  if (lines === undefined) return ndjsonOf(events.map((event) => utf8Encode(canonicalJson(event))));
  const own = lines.slice(offset, offset + events.length);
  for (const [index, event] of events.entries()) {
    const line = own[index];
    if (line === undefined || !carriesHash(line, event.hash)) {
      throw new LedgerStorageError('not-contiguous', `line for seq ${event.seq} is not that event`);
    }
  }
  return stretchOfFile(own) ?? ndjsonOf(own);
}
