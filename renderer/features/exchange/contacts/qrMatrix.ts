/**
 * A QR code of a text, as the outline of its dark modules for one SVG path (rendered by
 * React, never as markup from a string). The text is encoded as UTF-8 bytes in byte mode,
 * so a facility name in Arabic survives: qrcode-generator's byte mode takes each
 * character's low 8 bits, so the bytes are handed to it as one character each.
 */
import qrcode from 'qrcode-generator';
import { utf8Encode } from '@shared/util/bytes';

/** Light modules around the code, as the QR specification asks, so readers find its edges. */
export const QR_QUIET_ZONE = 4;

export type QrMatrix = { size: number; path: string };

/** Medium error correction (15%) keeps a printed or photographed card readable. */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(String.fromCharCode(...utf8Encode(text)), 'Byte');
  code.make();
  const count = code.getModuleCount();
  const parts: string[] = [];
  for (let row = 0; row < count; row++) {
    for (let col = 0; col < count; col++) {
      if (code.isDark(row, col)) parts.push(`M${String(col + QR_QUIET_ZONE)} ${String(row + QR_QUIET_ZONE)}h1v1h-1z`);
    }
  }
  return { size: count + 2 * QR_QUIET_ZONE, path: parts.join('') };
}
