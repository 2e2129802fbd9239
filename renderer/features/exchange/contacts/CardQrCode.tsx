import { useMemo } from 'react';
import { qrMatrix } from './qrMatrix';

type CardQrCodeProps = { text: string; label: string };

/** The card as a QR code, drawn as SVG elements; its accessible name says what it holds. */
export function CardQrCode({ text, label }: CardQrCodeProps) {
  const matrix = useMemo(() => qrMatrix(text), [text]);
  const viewBox = `0 0 ${String(matrix.size)} ${String(matrix.size)}`;
  return (
    <svg className="qr-code" viewBox={viewBox} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={matrix.size} height={matrix.size} fill="#ffffff" />
      <path d={matrix.path} fill="#000000" />
    </svg>
  );
}
