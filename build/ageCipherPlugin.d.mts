import type { Plugin } from 'vite';

/** Redirects the age library's ChaCha20-Poly1305 to renderer/crypto/ageCipher.ts (see ageCipherPlugin.mjs). */
export function ageCipherForApp(repoRoot: string): Plugin;
