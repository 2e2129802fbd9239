/**
 * A view of `bytes` typed over a plain ArrayBuffer, which Blob, SubtleCrypto and the IPC
 * contract require. No copy unless the bytes live in a SharedArrayBuffer.
 */
export function plainBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.slice();
}
