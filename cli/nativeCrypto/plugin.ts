/**
 * A build plugin for the command-line tool: where the pure-JS ChaCha20-Poly1305 and SHA-256
 * do bulk work, Node's OpenSSL does it instead, under the same interfaces (chacha.ts,
 * sha256.ts). Only the importers listed here are redirected — the age library's STREAM
 * layer, the shared hash and the events file — so every other user of @noble keeps the
 * library it was written against. The app's build does not use this plugin.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

type Redirect = { source: string; importer: RegExp; to: string };

const REDIRECTS: readonly Redirect[] = [
  { source: '@noble/ciphers/chacha.js', importer: /age-encryption[\\/]dist[\\/]stream\.js$/, to: resolve(import.meta.dirname, 'chacha.ts') },
  { source: '@noble/hashes/sha2.js', importer: /shared[\\/](crypto[\\/]hash|bundle[\\/]eventsFile)\.ts$/, to: resolve(import.meta.dirname, 'sha256.ts') },
];

export function nativeCryptoForNode(): Plugin {
  return {
    name: 'habeas-native-crypto-for-node',
    enforce: 'pre',
    resolveId(source, importer) {
      if (importer === undefined) return null;
      return REDIRECTS.find((redirect) => redirect.source === source && redirect.importer.test(importer))?.to ?? null;
    },
  };
}
