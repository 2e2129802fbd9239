import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { chacha20poly1305 as noble } from '@noble/ciphers/chacha.js';
import { ageCipherForApp } from '../../../../build/ageCipherPlugin.mjs';
import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { chacha20poly1305, loadAgeCipher } from '../../../../renderer/crypto/ageCipher';
import { decryptAge } from '@shared/bundle/ageLayer';
import { bundleLimits } from '@shared/bundle/limits';
import { appPlaintextRooms, offerPlaintextRoom, withdrawPlaintextRoom } from '../../../../renderer/crypto/plaintextRoom';

const key = fc.uint8Array({ minLength: 32, maxLength: 32 });
const nonce = fc.uint8Array({ minLength: 12, maxLength: 12 });
const bytes = fc.uint8Array({ maxLength: 70_000 });
const toHex = (data: Uint8Array): string => Buffer.from(data).toString('hex');

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

  it("writes a stream's plaintext into the room offered, in order, and only after the tag authenticates", () => {
    const k = new Uint8Array(32).fill(7);
    const n = new Uint8Array(12).fill(8);
    const room = offerPlaintextRoom(new Uint8Array(10));
    try {
      const sealed = noble(k, n).encrypt(Uint8Array.of(1, 2, 3, 4));
      const altered = sealed.slice();
      altered[0] = (altered[0] ?? 0) ^ 1;
      expect(() => chacha20poly1305(k, n).decrypt(altered)).toThrow();
      const first = chacha20poly1305(k, n).decrypt(sealed);
      const second = chacha20poly1305(k, n).decrypt(sealed);
      expect([first.buffer === room.bytes.buffer, first.byteOffset, second.byteOffset]).toEqual([true, 0, 4]);
      expect(room.bytes.subarray(0, 8)).toEqual(Uint8Array.of(1, 2, 3, 4, 1, 2, 3, 4));
      // Another stream's key, and a chunk larger than the space left, get arrays of their own.
      expect(chacha20poly1305(k.slice(), n).decrypt(sealed).buffer).not.toBe(room.bytes.buffer);
      expect(chacha20poly1305(k, n).decrypt(sealed).buffer).not.toBe(room.bytes.buffer);
    } finally {
      withdrawPlaintextRoom(room);
    }
    expect(chacha20poly1305(k, n).decrypt(noble(k, n).encrypt(Uint8Array.of(5))).buffer).not.toBe(room.bytes.buffer);
  });

  it('opens files side by side, and beside a stream of the library read elsewhere, with the right bytes', async () => {
    const identity = await generateX25519Identity();
    const encrypter = new Encrypter();
    encrypter.addRecipient(await identityToRecipient(identity));
    const plaintexts = [300_000, 200_001, 65_536].map((size, index) => new Uint8Array(size).map((_, at) => (at * 31 + index) & 255));
    const files = await Promise.all(plaintexts.map((plaintext) => encrypter.encrypt(plaintext)));
    const elsewhere = new Decrypter();
    elsewhere.addIdentity(identity);
    const [other, ...opened] = await Promise.all([
      elsewhere.decrypt(files[2] ?? new Uint8Array(0)),
      ...files.map((file) => decryptAge(file, { identity }, bundleLimits(), appPlaintextRooms)),
    ]);
    // Compared as hex: element-wise equality of arrays this long takes seconds.
    expect(toHex(other)).toBe(toHex(plaintexts[2] ?? new Uint8Array(0)));
    expect(opened.map((result) => (result.ok ? toHex(result.value.plaintext) : result.error.code))).toEqual(plaintexts.map(toHex));
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
