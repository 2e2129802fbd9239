/**
 * The events file deflated by Node's zlib at the bundle's level, with its CRC-32 from
 * zlib too: fflate's pure-JS deflate and CRC took most of the tool's export time
 * (`npm run bench:exchange`). The archive reads the same everywhere (zipWrite.ts).
 */
import { crc32, deflateRawSync } from 'node:zlib';
import type { EventsDeflate } from '@shared/bundle/zipWrite';
import { EVENTS_DEFLATE_LEVEL } from '@shared/bundle/zipWrite';
import { plainBytes } from './nodeBytes';

export const zlibDeflate: EventsDeflate = (events) => {
  const deflated = deflateRawSync(events, { level: EVENTS_DEFLATE_LEVEL });
  return { deflated: plainBytes(deflated), crc32: crc32(events) };
};
