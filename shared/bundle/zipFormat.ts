/**
 * The ZIP records a bundle archive uses (PKWARE APPNOTE.TXT §4.3), as field offsets in
 * bytes. All multi-byte fields are little-endian.
 */

/** Record sizes (without variable parts), signatures and field offsets. */
export const ZIP = {
  localHeaderBytes: 30,
  centralHeaderBytes: 46,
  endRecordBytes: 22,
  localSignature: 0x04034b50,
  centralSignature: 0x02014b50,
  endSignature: 0x06054b50,
  local: { versionNeeded: 4, flags: 6, method: 8, modDate: 12, crc: 14, compressedSize: 18, size: 22, nameLength: 26, extraLength: 28 },
  central: {
    versionMadeBy: 4,
    versionNeeded: 6,
    flags: 8,
    method: 10,
    modDate: 14,
    crc: 16,
    compressedSize: 20,
    size: 24,
    nameLength: 28,
    extraLength: 30,
    commentLength: 32,
    diskStart: 34,
    localOffset: 42,
  },
  end: { disk: 4, directoryDisk: 6, entriesOnDisk: 8, entries: 10, directorySize: 12, directoryOffset: 16, commentLength: 20 },
  /** Highest "version needed to extract" accepted: 2.0, plain stored and deflated entries. */
  maxVersionNeeded: 20,
  methodStored: 0,
  methodDeflated: 8,
} as const;

/** A little-endian view over bytes. */
export function viewOf(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
