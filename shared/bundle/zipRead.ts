/**
 * A strict reader of the bundle's ZIP archive (design §6 item 2): exactly `manifest.json`,
 * `manifest.sig`, `events.ndjson` and optionally `padding`, in that order, laid end to
 * end from offset 0 with the central directory and end record right after them. No
 * bytes may hide between or around entries; no flags (encryption, data descriptors,
 * UTF-8), extra fields, comments or ZIP64. Sizes and the compression ratio are checked
 * from the headers before anything is inflated. CRC-32 fields are not checked: integrity
 * rests on the signed manifest and the events file's SHA-256.
 */
import { utf8Decode } from '../util/bytes';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import type { ArchiveProblemReason, BundleProblem } from './errors';
import { excerpt, problem } from './errors';
import type { BundleLimits } from './limits';
import { MAX_SIGNATURE_FILE_BYTES, RATIO_EXEMPT_BYTES } from './limits';
import { EVENTS_ENTRY, MANIFEST_ENTRY, PADDING_ENTRY, SIGNATURE_ENTRY } from './manifest';
import { viewOf, ZIP } from './zipFormat';

/** The entries of a bundle archive. `events` is still deflated. */
export type BundleArchive = {
  manifest: Uint8Array;
  signature: Uint8Array;
  eventsDeflated: Uint8Array;
  /** Decompressed size of `events.ndjson` as its headers declare it (not yet trusted). */
  eventsDeclaredBytes: number;
  paddingBytes: number | null;
};

/** The entry names in their required order. */
export const ENTRY_ORDER = [MANIFEST_ENTRY, SIGNATURE_ENTRY, EVENTS_ENTRY, PADDING_ENTRY] as const;
const MAX_ENTRIES = ENTRY_ORDER.length;

type CentralEntry = {
  name: string;
  nameBytes: Uint8Array;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
};
type LocatedEntry = CentralEntry & { dataOffset: number };
type Directory = { offset: number; size: number; entries: number };

const fail = (reason: ArchiveProblemReason, entry = ''): { ok: false; error: BundleProblem } =>
  err(problem('bad-zip', { reason, entry: entry === '' ? '' : excerpt(entry) }));

/** Reads the archive's structure and returns its entries, or the first problem found. */
export function readArchive(zip: Uint8Array, limits: BundleLimits): Result<BundleArchive, BundleProblem> {
  const directory = readEndRecord(zip);
  if (!directory.ok) return directory;
  const entries = readCentralDirectory(zip, directory.value);
  if (!entries.ok) return entries;
  const names = checkNames(entries.value.map((entry) => entry.name));
  if (!names.ok) return names;
  const located = locateEntries(zip, entries.value, directory.value.offset);
  if (!located.ok) return located;
  const [manifest, signature, events, padding] = located.value;
  if (manifest === undefined || signature === undefined || events === undefined) return fail('missing-entry');
  const sizes = checkSizes(manifest, signature, events, limits);
  if (!sizes.ok) return sizes;
  const slice = (entry: LocatedEntry) => zip.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  if (padding !== undefined && slice(padding).some((byte) => byte !== 0)) return fail('padding', PADDING_ENTRY);
  return ok({
    manifest: slice(manifest),
    signature: slice(signature),
    eventsDeflated: slice(events),
    eventsDeclaredBytes: events.size,
    paddingBytes: padding === undefined ? null : padding.size,
  });
}

function readEndRecord(zip: Uint8Array): Result<Directory, BundleProblem> {
  const end = zip.length - ZIP.endRecordBytes;
  if (end < 0) return fail('end-record');
  const view = viewOf(zip);
  const u16 = (field: number) => view.getUint16(end + field, true);
  const directory = {
    offset: view.getUint32(end + ZIP.end.directoryOffset, true),
    size: view.getUint32(end + ZIP.end.directorySize, true),
    entries: u16(ZIP.end.entries),
  };
  const isPlain =
    view.getUint32(end, true) === ZIP.endSignature &&
    u16(ZIP.end.disk) === 0 &&
    u16(ZIP.end.directoryDisk) === 0 &&
    u16(ZIP.end.entriesOnDisk) === directory.entries &&
    u16(ZIP.end.commentLength) === 0 &&
    directory.offset + directory.size === end;
  if (!isPlain) return fail('end-record');
  return directory.entries > MAX_ENTRIES ? fail('too-many-entries') : ok(directory);
}

function readCentralDirectory(zip: Uint8Array, directory: Directory): Result<CentralEntry[], BundleProblem> {
  const view = viewOf(zip);
  const { central } = ZIP;
  const entries: CentralEntry[] = [];
  let at = directory.offset;
  for (let index = 0; index < directory.entries; index++) {
    if (at + ZIP.centralHeaderBytes > directory.offset + directory.size) return fail('central-directory');
    const u16 = (field: number) => view.getUint16(at + field, true);
    const u32 = (field: number) => view.getUint32(at + field, true);
    const nameEnd = at + ZIP.centralHeaderBytes + u16(central.nameLength);
    if (nameEnd > directory.offset + directory.size) return fail('central-directory');
    const nameBytes = zip.subarray(at + ZIP.centralHeaderBytes, nameEnd);
    const name = entryName(nameBytes);
    if (u32(0) !== ZIP.centralSignature || u16(central.versionNeeded) > ZIP.maxVersionNeeded) return fail('central-directory', name);
    if (u16(central.commentLength) !== 0 || u16(central.diskStart) !== 0) return fail('central-directory', name);
    if (u16(central.flags) !== 0) return fail('flags', name);
    if (u16(central.extraLength) !== 0) return fail('extra-field', name);
    const [compressedSize, size] = [u32(central.compressedSize), u32(central.size)];
    entries.push({ name, nameBytes, method: u16(central.method), crc: u32(central.crc), compressedSize, size, localOffset: u32(central.localOffset) });
    at = nameEnd;
  }
  return at === directory.offset + directory.size ? ok(entries) : fail('central-directory');
}

/**
 * Names are checked before anything else about entries: paths and duplicates are the
 * classic archive attacks, so they get reasons of their own.
 */
function checkNames(names: readonly string[]): Result<void, BundleProblem> {
  const known: readonly string[] = ENTRY_ORDER;
  const seen = new Set<string>();
  for (const name of names) {
    if (/[/\\:]/.test(name) || name === '.' || name === '..') return fail('path', name);
    if (seen.has(name)) return fail('duplicate', name);
    if (!known.includes(name)) return fail('unexpected-entry', name);
    seen.add(name);
  }
  if (!seen.has(SIGNATURE_ENTRY)) return err(problem('unsigned', {}));
  if (!seen.has(MANIFEST_ENTRY)) return fail('missing-entry', MANIFEST_ENTRY);
  if (!seen.has(EVENTS_ENTRY)) return fail('missing-entry', EVENTS_ENTRY);
  const misplaced = names.find((name, index) => name !== ENTRY_ORDER[index]);
  return misplaced === undefined ? ok(undefined) : fail('order', misplaced);
}

/** Checks each local header against its central entry and that entries are laid end to end. */
function locateEntries(zip: Uint8Array, entries: readonly CentralEntry[], directoryOffset: number): Result<LocatedEntry[], BundleProblem> {
  const view = viewOf(zip);
  const { local } = ZIP;
  const located: LocatedEntry[] = [];
  let expectedOffset = 0;
  for (const entry of entries) {
    const at = entry.localOffset;
    if (at !== expectedOffset || at + ZIP.localHeaderBytes > directoryOffset) return fail('layout', entry.name);
    const u16 = (field: number) => view.getUint16(at + field, true);
    const u32 = (field: number) => view.getUint32(at + field, true);
    const dataOffset = at + ZIP.localHeaderBytes + u16(local.nameLength);
    const matches =
      u32(0) === ZIP.localSignature && u16(local.versionNeeded) <= ZIP.maxVersionNeeded && u16(local.flags) === 0 &&
      u16(local.method) === entry.method && u32(local.crc) === entry.crc && u32(local.compressedSize) === entry.compressedSize &&
      u32(local.size) === entry.size && u16(local.extraLength) === 0 && dataOffset <= directoryOffset &&
      sameBytes(zip.subarray(at + ZIP.localHeaderBytes, dataOffset), entry.nameBytes);
    if (!matches) return fail('local-header', entry.name);
    if (!hasExpectedMethod(entry)) return fail('method', entry.name);
    expectedOffset = dataOffset + entry.compressedSize;
    if (expectedOffset > directoryOffset) return fail('layout', entry.name);
    located.push({ ...entry, dataOffset });
  }
  return expectedOffset === directoryOffset ? ok(located) : fail('layout');
}

function hasExpectedMethod(entry: CentralEntry): boolean {
  if (entry.name === EVENTS_ENTRY) return entry.method === ZIP.methodDeflated;
  return entry.method === ZIP.methodStored && entry.compressedSize === entry.size;
}

function checkSizes(manifest: CentralEntry, signature: CentralEntry, events: CentralEntry, limits: BundleLimits): Result<void, BundleProblem> {
  const tooLarge = (what: 'manifest' | 'signature' | 'events-file', actual: number, limit: number) =>
    err(problem('too-large', { what, actual, limit }, 'archive'));
  if (manifest.size > limits.maxManifestBytes) return tooLarge('manifest', manifest.size, limits.maxManifestBytes);
  if (signature.size > MAX_SIGNATURE_FILE_BYTES) return tooLarge('signature', signature.size, MAX_SIGNATURE_FILE_BYTES);
  if (events.size > limits.maxEventsFileBytes) return tooLarge('events-file', events.size, limits.maxEventsFileBytes);
  const ratioLimit = limits.maxCompressionRatio * events.compressedSize;
  if (events.size > RATIO_EXEMPT_BYTES && events.size > ratioLimit) {
    return err(problem('bomb', { what: 'declared-ratio', actual: events.size, limit: ratioLimit }));
  }
  return ok(undefined);
}

/** An entry name for checks and messages: UTF-8 if it decodes, else one character per byte. */
function entryName(bytes: Uint8Array): string {
  try {
    return utf8Decode(bytes);
  } catch {
    return Array.from(bytes, (byte) => String.fromCharCode(byte)).join('');
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}
