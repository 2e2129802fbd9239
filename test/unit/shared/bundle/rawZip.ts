/**
 * A bare ZIP writer for tests, independent of fflate's: every header field can be set,
 * including ones a correct writer never produces (flags, extra fields, wrong sizes,
 * duplicate or path names, comments, gaps). Data is written as given: a deflated entry
 * takes already-deflated bytes and its declared uncompressed size.
 */
import { crc32 } from 'node:zlib';

/** One entry; `data` is stored as is. */
export type RawZipEntry = {
  name: string;
  data: Uint8Array;
  /** 0 stored (default), 8 deflated. */
  method?: number;
  /** Declared uncompressed size; data.length by default. */
  size?: number;
  /** CRC-32 of the uncompressed data; computed from `data` for stored entries, 0 otherwise. */
  crc?: number;
  flags?: number;
  extra?: Uint8Array;
  /** Bytes inserted before this entry's local header (hidden data). */
  gapBefore?: Uint8Array;
};

/** Options of the whole archive. */
export type RawZipOptions = { comment?: string };

function u16(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff];
}
function u32(value: number): number[] {
  return [value & 0xff, (value >>> 8) & 0xff, (value >>> 16) & 0xff, (value >>> 24) & 0xff];
}

/** A ZIP archive of the entries, in order. */
export function rawZip(entries: readonly RawZipEntry[], options: RawZipOptions = {}): Uint8Array {
  const encoder = new TextEncoder();
  const local: number[] = [];
  const central: number[] = [];
  for (const entry of entries) {
    if (entry.gapBefore) local.push(...entry.gapBefore);
    const name = encoder.encode(entry.name);
    const extra = entry.extra ?? new Uint8Array(0);
    const method = entry.method ?? 0;
    const size = entry.size ?? entry.data.length;
    const crc = entry.crc ?? (method === 0 ? crc32(entry.data) : 0);
    const common = [...u16(20), ...u16(entry.flags ?? 0), ...u16(method), ...u16(0), ...u16(0x21), ...u32(crc), ...u32(entry.data.length), ...u32(size), ...u16(name.length), ...u16(extra.length)];
    const offset = local.length;
    local.push(...u32(0x04034b50), ...common, ...name, ...extra);
    for (const byte of entry.data) local.push(byte);
    central.push(...u32(0x02014b50), ...u16(20), ...common, ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name, ...extra);
  }
  const comment = encoder.encode(options.comment ?? '');
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(local.length), ...u16(comment.length), ...comment];
  return Uint8Array.from([...local, ...central, ...end]);
}
