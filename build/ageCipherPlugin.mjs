// A build plugin for the app (renderer), its tests and its benchmarks: the age library's
// STREAM layer gets its ChaCha20-Poly1305 from renderer/crypto/ageCipher.ts (libsodium's
// WebAssembly) instead of the pure-JS @noble/ciphers. Only that importer is redirected, so
// every other user of @noble keeps the library it was written against. The command-line
// tool has its own redirect to Node's OpenSSL (cli/nativeCrypto/plugin.ts).
import { resolve } from 'node:path';

const AGE_STREAM = /age-encryption[\\/]dist[\\/]stream\.js$/;

/**
 * @param {string} repoRoot the repository's root (config bundlers rewrite this file's own location)
 * @returns {import('vite').Plugin}
 */
export function ageCipherForApp(repoRoot) {
  const cipher = resolve(repoRoot, 'renderer/crypto/ageCipher.ts');
  return {
    name: 'habeas-age-cipher-for-app',
    enforce: 'pre',
    resolveId(source, importer) {
      return source === '@noble/ciphers/chacha.js' && importer !== undefined && AGE_STREAM.test(importer) ? cipher : null;
    },
  };
}
