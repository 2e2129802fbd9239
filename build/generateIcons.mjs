/**
 * Draws the Habeas app icon (a white shield bearing an "H" on a navy-to-teal rounded
 * square) and writes it as PNGs for electron-builder. No image libraries: pixels are
 * computed here, supersampled for smooth edges, and encoded with zlib.
 *
 *   node build/generateIcons.mjs    writes build/icons/512x512.png and 256x256.png
 */
import { Buffer } from 'node:buffer';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import process from 'node:process';
import { deflateSync } from 'node:zlib';

const SIZES = [512, 256];
const SUPERSAMPLE = 4;
const TOP_LEFT = [29, 53, 87];
const BOTTOM_RIGHT = [38, 127, 143];
const SHIELD = [255, 255, 255];
const LETTER = [29, 53, 87];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function insideRoundedSquare(x, y) {
  const margin = 0.04;
  const radius = 0.2;
  const cx = Math.min(Math.max(x, margin + radius), 1 - margin - radius);
  const cy = Math.min(Math.max(y, margin + radius), 1 - margin - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideShield(x, y) {
  const dx = Math.abs(x - 0.5);
  const halfWidth = 0.25;
  const top = 0.19 + 0.035 * (dx / halfWidth) ** 2;
  if (y < top || dx > halfWidth) return false;
  if (y <= 0.5) return true;
  const t = (y - 0.5) / 0.34;
  return t <= 1 && dx <= halfWidth * Math.sqrt(1 - t * t);
}

function insideLetter(x, y) {
  const inBand = (lo, hi, value) => value >= lo && value <= hi;
  const stems = inBand(0.375, 0.44, x) || inBand(0.56, 0.625, x);
  return (stems && inBand(0.32, 0.66, y)) || (inBand(0.375, 0.625, x) && inBand(0.46, 0.52, y));
}

function colourAt(x, y) {
  if (!insideRoundedSquare(x, y)) return null;
  if (insideShield(x, y)) return insideLetter(x, y) ? LETTER : SHIELD;
  const t = (x + y) / 2;
  return TOP_LEFT.map((start, i) => start + (BOTTOM_RIGHT[i] - start) * t);
}

function renderPixel(size, px, py) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLE; sy += 1) {
    for (let sx = 0; sx < SUPERSAMPLE; sx += 1) {
      const colour = colourAt((px + (sx + 0.5) / SUPERSAMPLE) / size, (py + (sy + 0.5) / SUPERSAMPLE) / size);
      if (colour === null) continue;
      colour.forEach((value, i) => (sum[i] += value));
      sum[3] += 255;
    }
  }
  const samples = SUPERSAMPLE * SUPERSAMPLE;
  const covered = sum[3] / 255;
  return covered === 0 ? [0, 0, 0, 0] : [...sum.slice(0, 3).map((value) => value / covered), sum[3] / samples];
}

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      rgba.set(renderPixel(size, px, py).map(Math.round), (py * size + px) * 4);
    }
  }
  return encodePng(size, rgba);
}

const outputDirectory = join(import.meta.dirname, 'icons');
mkdirSync(outputDirectory, { recursive: true });
for (const size of SIZES) {
  const file = join(outputDirectory, `${size}x${size}.png`);
  writeFileSync(file, render(size));
  process.stdout.write(`wrote ${file}\n`);
}
