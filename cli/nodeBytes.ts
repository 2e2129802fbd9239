/**
 * Node's Buffers seen as plain Uint8Arrays, without a copy: shared code expects a
 * Uint8Array's `slice` to copy, and a Buffer's returns a view.
 */

/** The same bytes (same memory) as a plain Uint8Array. */
export function plainBytes(buffer: Buffer): Uint8Array {
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length);
}
