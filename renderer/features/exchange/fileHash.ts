/** SHA-256 of a file's bytes, through WebCrypto (several times faster than a JS hash on large bundles). */
export async function fileSha256(bytes: Uint8Array): Promise<string> {
  const view = bytes.buffer instanceof ArrayBuffer ? new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes.slice();
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', view));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
