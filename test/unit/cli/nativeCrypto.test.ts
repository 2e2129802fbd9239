/**
 * The OpenSSL stand-ins the CLI build gives the age library and the shared hash
 * (cli/nativeCrypto) must be indistinguishable from the @noble functions they replace:
 * same bytes out for any input, same refusals for any altered input.
 */
import { chacha20poly1305 as nobleChacha } from '@noble/ciphers/chacha.js';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chacha20poly1305 } from '../../../cli/nativeCrypto/chacha';
import { nativeCryptoForNode } from '../../../cli/nativeCrypto/plugin';
import { sha256 } from '../../../cli/nativeCrypto/sha256';

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
const nonce = fc.uint8Array({ minLength: 12, maxLength: 12 });
const bytes = fc.uint8Array({ maxLength: 3000 });

describe('native ChaCha20-Poly1305 for the CLI', () => {
  it('seals exactly as @noble/ciphers does, with and without associated data', () => {
    fc.assert(
      fc.property(key, nonce, bytes, fc.option(bytes, { nil: undefined }), (k, n, plaintext, aad) => {
        const sealed = chacha20poly1305(k, n, aad).encrypt(plaintext);
        expect(sealed).toEqual(nobleChacha(k, n, aad).encrypt(plaintext));
        expect(chacha20poly1305(k, n, aad).decrypt(sealed)).toEqual(plaintext);
      }),
    );
  });

  it('refuses any flipped bit, a wrong nonce and an input shorter than the tag', () => {
    fc.assert(
      fc.property(key, nonce, fc.uint8Array({ minLength: 1, maxLength: 500 }), fc.nat(), fc.integer({ min: 0, max: 7 }), (k, n, plaintext, at, bit) => {
        const sealed = nobleChacha(k, n).encrypt(plaintext);
        const altered = sealed.slice();
        altered[at % altered.length] = (altered[at % altered.length] ?? 0) ^ (1 << bit);
        expect(() => chacha20poly1305(k, n).decrypt(altered)).toThrow();
        const other = n.slice();
        other[11] = (other[11] ?? 0) ^ 1;
        expect(() => chacha20poly1305(k, other).decrypt(sealed)).toThrow();
      }),
    );
    expect(() => chacha20poly1305(new Uint8Array(32), new Uint8Array(12)).decrypt(new Uint8Array(15))).toThrow(/shorter than its tag/);
  });
});

describe('native SHA-256 for the CLI', () => {
  it('digests exactly as @noble/hashes does, whole or in pieces', () => {
    fc.assert(
      fc.property(fc.array(bytes, { maxLength: 5 }), (pieces) => {
        const hasher = sha256.create();
        for (const piece of pieces) hasher.update(piece);
        const whole = Uint8Array.from(pieces.flatMap((piece) => [...piece]));
        expect(hasher.digest()).toEqual(nobleSha256(whole));
        expect(sha256(whole)).toEqual(nobleSha256(whole));
      }),
    );
  });

  it('gives a plain Uint8Array, whose slice copies as the shared code expects, not a Buffer', () => {
    const digest = sha256(Uint8Array.of(1, 2, 3));
    expect(Object.getPrototypeOf(digest)).toBe(Uint8Array.prototype);
    const copy = digest.slice();
    copy[0] = (copy[0] ?? 0) ^ 0xff;
    expect(digest).toEqual(nobleSha256(Uint8Array.of(1, 2, 3)));
  });
});

describe('the CLI build plugin', () => {
  const resolveId = (source: string, importer: string | undefined): unknown => {
    const hook = nativeCryptoForNode().resolveId;
    if (typeof hook !== 'function') throw new Error('resolveId is not a function');
    return hook.call({} as never, source, importer, { attributes: {}, isEntry: false });
  };

  it('redirects only the listed importers', () => {
    expect(resolveId('@noble/ciphers/chacha.js', '/x/node_modules/age-encryption/dist/stream.js')).toMatch(/nativeCrypto\/chacha\.ts$/);
    expect(resolveId('@noble/hashes/sha2.js', '/repo/shared/crypto/hash.ts')).toMatch(/nativeCrypto\/sha256\.ts$/);
    expect(resolveId('@noble/hashes/sha2.js', '/repo/shared/bundle/eventsFile.ts')).toMatch(/nativeCrypto\/sha256\.ts$/);
    expect(resolveId('@noble/ciphers/chacha.js', '/x/node_modules/age-encryption/dist/recipients.js')).toBeNull();
    expect(resolveId('@noble/hashes/sha2.js', '/x/node_modules/@noble/curves/ed25519.js')).toBeNull();
    expect(resolveId('@noble/ciphers/chacha.js', '/repo/shared/crypto/aead.ts')).toBeNull();
    expect(resolveId('@noble/ciphers/chacha.js', undefined)).toBeNull();
  });
});
