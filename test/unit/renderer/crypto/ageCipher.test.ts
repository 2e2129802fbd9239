import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { chacha20poly1305 as noble } from '@noble/ciphers/chacha.js';
import { ageCipherForApp } from '../../../../build/ageCipherPlugin.mjs';
import { chacha20poly1305, loadAgeCipher } from '../../../../renderer/crypto/ageCipher';

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
const nonce = fc.uint8Array({ minLength: 12, maxLength: 12 });
const bytes = fc.uint8Array({ maxLength: 70_000 });

describe("the app's ChaCha20-Poly1305 for age (libsodium's WebAssembly)", () => {
  it('loads libsodium', async () => {
    expect(await loadAgeCipher()).toBe(true);
  });

  it('seals exactly as @noble/ciphers does, and opens what either sealed', () => {
    fc.assert(
      fc.property(key, nonce, bytes, fc.option(fc.uint8Array({ maxLength: 64 }), { nil: undefined }), (k, n, plaintext, aad) => {
        const sealed = chacha20poly1305(k, n, aad).encrypt(plaintext);
        expect(sealed).toEqual(noble(k, n, aad).encrypt(plaintext));
        expect(chacha20poly1305(k, n, aad).decrypt(sealed)).toEqual(plaintext);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses any flipped bit, another nonce, and input shorter than a tag', () => {
    fc.assert(
      fc.property(key, nonce, fc.uint8Array({ minLength: 1, maxLength: 300 }), fc.nat(), (k, n, plaintext, at) => {
        const sealed = noble(k, n).encrypt(plaintext);
        const altered = sealed.slice();
        const bit = at % (altered.length * 8);
        altered[bit >> 3] = (altered[bit >> 3] ?? 0) ^ (1 << (bit & 7));
        expect(() => chacha20poly1305(k, n).decrypt(altered)).toThrow();
        const other = n.slice();
        other[0] = (other[0] ?? 0) ^ 1;
        expect(() => chacha20poly1305(k, other).decrypt(sealed)).toThrow();
      }),
      { numRuns: 60 },
    );
    expect(() => chacha20poly1305(new Uint8Array(32), new Uint8Array(12)).decrypt(new Uint8Array(15))).toThrow();
  });

  it('serves the pure-JS cipher until libsodium has loaded', async () => {
    vi.resetModules();
    const fresh = await import('../../../../renderer/crypto/ageCipher');
    const k = new Uint8Array(32).fill(3);
    const n = new Uint8Array(12).fill(4);
    const sealed = fresh.chacha20poly1305(k, n).encrypt(Uint8Array.of(1, 2, 3));
    expect(sealed).toEqual(noble(k, n).encrypt(Uint8Array.of(1, 2, 3)));
    expect(await fresh.loadAgeCipher()).toBe(true);
    expect(fresh.chacha20poly1305(k, n).decrypt(sealed)).toEqual(Uint8Array.of(1, 2, 3));
  });

  it("is handed to the age library's STREAM layer and to no other importer", () => {
    const plugin = ageCipherForApp('/repo');
    const resolveId = plugin.resolveId as (source: string, importer?: string) => string | null;
    expect(resolveId('@noble/ciphers/chacha.js', '/repo/node_modules/age-encryption/dist/stream.js')).toBe('/repo/renderer/crypto/ageCipher.ts');
    expect(resolveId('@noble/ciphers/chacha.js', '/repo/shared/crypto/aead.ts')).toBeNull();
    expect(resolveId('@noble/ciphers/chacha.js', undefined)).toBeNull();
    expect(resolveId('@noble/hashes/sha2.js', '/repo/node_modules/age-encryption/dist/stream.js')).toBeNull();
  });
});
