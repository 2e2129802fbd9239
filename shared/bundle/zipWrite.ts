/**
 * Writes the bundle's ZIP archive with fflate's zipSync: `manifest.json` and
 * `manifest.sig` stored, `events.ndjson` deflated, then a stored `padding` entry of
 * zeros that brings the archive to a size bucket (padding.ts). zipSync writes sizes in
 * the local headers, no data descriptors, no extra fields and no comment, which is the
 * exact layout the reader accepts (zipRead.ts).
 *
 * The padding length depends on the compressed size, which is known only after
 * deflating; rather than deflate the events twice, the padding entry is zipped on its
 * own and spliced in as the last entry (its central-directory offset and the end record
 * adjusted). A writer with a faster deflate of its own (the CLI's zlib) hands it in:
 * the events entry is then written around the deflated bytes, with the very header
 * fields zipSync writes, and spliced in the same way.
 */
import { zipSync } from 'fflate';
import type { Zippable, ZipOptions } from 'fflate';
import { EVENTS_ENTRY, MANIFEST_ENTRY, PADDING_ENTRY, SIGNATURE_ENTRY } from './manifest';
import { bucketFor } from './padding';
import { viewOf, ZIP } from './zipFormat';

/** Deflate level of `events.ndjson` (fflate 6: about 3.5:1 on events at 47 MB/s; perf.md). */
export const EVENTS_DEFLATE_LEVEL = 6;
/** Fixed modification time of every entry, so the archive depends only on its contents. */
const ENTRY_MTIME = new Date(1980, 0, 1, 0, 0, 0);

/** Bytes a stored `padding` entry adds besides its data: its local and central headers and name twice. */
export const PADDING_OVERHEAD_BYTES = ZIP.localHeaderBytes + ZIP.centralHeaderBytes + 2 * PADDING_ENTRY.length;

/** The entries of a bundle archive, as bytes. */
export type ArchiveContents = { manifest: Uint8Array; signature: Uint8Array; events: Uint8Array };

/**
 * A raw deflate (RFC 1951) of the events file at level EVENTS_DEFLATE_LEVEL, with the
 * CRC-32 of the file, from the platform (the CLI's zlib); fflate's is used without one.
 */
export type EventsDeflate = (events: Uint8Array) => { deflated: Uint8Array; crc32: number };

/** The bundle's ZIP archive, padded to a bucket. */
export function writeArchive(contents: ArchiveContents, deflate?: EventsDeflate): Uint8Array {
  const stored: ZipOptions = { level: 0, mtime: ENTRY_MTIME };
  const head: Zippable = { [MANIFEST_ENTRY]: [contents.manifest, stored], [SIGNATURE_ENTRY]: [contents.signature, stored] };
  const core =
    deflate === undefined
      ? zipSync({ ...head, [EVENTS_ENTRY]: [contents.events, { level: EVENTS_DEFLATE_LEVEL, mtime: ENTRY_MTIME }] }, {})
      : appendArchive(zipSync(head, {}), deflatedEntryArchive(EVENTS_ENTRY, contents.events.length, deflate(contents.events)));
  const paddingBytes = bucketFor(core.length + PADDING_OVERHEAD_BYTES) - core.length - PADDING_OVERHEAD_BYTES;
  const padding = zipSync({ [PADDING_ENTRY]: [new Uint8Array(paddingBytes), { level: 0, mtime: ENTRY_MTIME }] }, {});
  return appendArchive(core, padding);
}

/** DOS date of ENTRY_MTIME (1980-01-01), as zipSync writes it; its DOS time is 0. */
const ENTRY_DOS_DATE = (1 << 5) | 1;
/** "Version needed" and "version made by" that zipSync writes: 2.0, MS-DOS. */
const ZIP_VERSION = 20;

/** A one-entry archive of deflated bytes, its fields as zipSync writes them (ASCII name). */
function deflatedEntryArchive(name: string, size: number, { deflated, crc32 }: ReturnType<EventsDeflate>): Uint8Array {
  const nameBytes = Uint8Array.from(name, (char) => char.charCodeAt(0));
  const localBytes = ZIP.localHeaderBytes + nameBytes.length;
  const centralAt = localBytes + deflated.length;
  const centralBytes = ZIP.centralHeaderBytes + nameBytes.length;
  const out = new Uint8Array(centralAt + centralBytes + ZIP.endRecordBytes);
  const view = viewOf(out);
  const entryFields = (at: number, fields: typeof ZIP.local | typeof ZIP.central): void => {
    view.setUint16(at + fields.versionNeeded, ZIP_VERSION, true);
    view.setUint16(at + fields.method, ZIP.methodDeflated, true);
    view.setUint16(at + fields.modDate, ENTRY_DOS_DATE, true);
    view.setUint32(at + fields.crc, crc32 >>> 0, true);
    view.setUint32(at + fields.compressedSize, deflated.length, true);
    view.setUint32(at + fields.size, size, true);
    view.setUint16(at + fields.nameLength, nameBytes.length, true);
  };
  view.setUint32(0, ZIP.localSignature, true);
  entryFields(0, ZIP.local);
  out.set(nameBytes, ZIP.localHeaderBytes);
  out.set(deflated, localBytes);
  view.setUint32(centralAt, ZIP.centralSignature, true);
  view.setUint16(centralAt + ZIP.central.versionMadeBy, ZIP_VERSION, true);
  entryFields(centralAt, ZIP.central);
  out.set(nameBytes, centralAt + ZIP.centralHeaderBytes);
  const end = centralAt + centralBytes;
  view.setUint32(end, ZIP.endSignature, true);
  view.setUint16(end + ZIP.end.entriesOnDisk, 1, true);
  view.setUint16(end + ZIP.end.entries, 1, true);
  view.setUint32(end + ZIP.end.directorySize, centralBytes, true);
  view.setUint32(end + ZIP.end.directoryOffset, centralAt, true);
  return out;
}

/** The end record's directory offset, size and entry count. */
function endRecordOf(archive: Uint8Array): { offset: number; size: number; entries: number } {
  const view = viewOf(archive);
  const end = archive.length - ZIP.endRecordBytes;
  return {
    offset: view.getUint32(end + ZIP.end.directoryOffset, true),
    size: view.getUint32(end + ZIP.end.directorySize, true),
    entries: view.getUint16(end + ZIP.end.entries, true),
  };
}

/**
 * One archive holding the entries of `first` then those of `second` (both written by
 * zipSync, without comments): local sections, then both central directories, then a new
 * end record.
 */
function appendArchive(first: Uint8Array, second: Uint8Array): Uint8Array {
  const a = endRecordOf(first);
  const b = endRecordOf(second);
  const out = new Uint8Array(a.offset + b.offset + a.size + b.size + ZIP.endRecordBytes);
  out.set(first.subarray(0, a.offset), 0);
  out.set(second.subarray(0, b.offset), a.offset);
  const directoryStart = a.offset + b.offset;
  out.set(first.subarray(a.offset, a.offset + a.size), directoryStart);
  out.set(second.subarray(b.offset, b.offset + b.size), directoryStart + a.size);
  const view = viewOf(out);
  const { central } = ZIP;
  for (let at = directoryStart + a.size; at < directoryStart + a.size + b.size; ) {
    view.setUint32(at + central.localOffset, view.getUint32(at + central.localOffset, true) + a.offset, true);
    const variable = [central.nameLength, central.extraLength, central.commentLength].map((field) => view.getUint16(at + field, true));
    at += ZIP.centralHeaderBytes + variable.reduce((sum, length) => sum + length, 0);
  }
  const end = out.length - ZIP.endRecordBytes;
  view.setUint32(end, ZIP.endSignature, true);
  view.setUint16(end + ZIP.end.entriesOnDisk, a.entries + b.entries, true);
  view.setUint16(end + ZIP.end.entries, a.entries + b.entries, true);
  view.setUint32(end + ZIP.end.directorySize, a.size + b.size, true);
  view.setUint32(end + ZIP.end.directoryOffset, directoryStart, true);
  return out;
}
