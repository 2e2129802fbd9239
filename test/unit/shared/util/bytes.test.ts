import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  concatBytes,
  constantTimeEqual,
  fromBase64url,
  fromHex,
  toBase64url,
  toHex,
  utf8Decode,
  utf8Encode,
} from '@shared/util/bytes';

describe('utf8', () => {
  it('round-trips any well-formed string', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => utf8Decode(utf8Encode(text)) === text), {
      numRuns: 200,
    });
  });

  it('encodes Arabic text to the expected bytes', () => {
    expect(toHex(utf8Encode('أمينة'))).toBe('d8a3d985d98ad986d8a9');
  });

  it('refuses invalid UTF-8 instead of replacing it', () => {
    expect(() => utf8Decode(Uint8Array.of(0xc3, 0x28))).toThrow(TypeError);
    expect(() => utf8Decode(Uint8Array.of(0xed, 0xa0, 0x80))).toThrow(TypeError);
    expect(() => utf8Decode(Uint8Array.of(0xc0, 0xaf))).toThrow(TypeError);
  });

  it('refuses lone surrogates instead of writing U+FFFD', () => {
    expect(() => utf8Encode('a\uD800b')).toThrow(TypeError);
  });
});

describe('hex', () => {
  it('round-trips and writes lowercase', () => {
    expect(toHex(Uint8Array.of(0, 0xab, 0xff))).toBe('00abff');
    expect(Array.from(fromHex('00ABff'))).toEqual([0, 0xab, 0xff]);
  });

  it('refuses odd lengths and non-hex', () => {
    expect(() => fromHex('abc')).toThrow(TypeError);
    expect(() => fromHex('zz')).toThrow(TypeError);
    expect(() => fromHex('0x00')).toThrow(TypeError);
  });
});

describe('base64url', () => {
  it('round-trips without padding', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
      const text = toBase64url(bytes);
      return !text.includes('=') && toHex(fromBase64url(text)) === toHex(bytes);
    }));
  });

  it('refuses padding, the standard alphabet and non-canonical trailing bits', () => {
    expect(() => fromBase64url('AA==')).toThrow(TypeError);
    expect(() => fromBase64url('a+b/')).toThrow(TypeError);
    expect(() => fromBase64url('AB')).toThrow(TypeError);
    expect(Array.from(fromBase64url('AA'))).toEqual([0]);
  });
});

describe('constantTimeEqual', () => {
  it('compares contents and lengths', () => {
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(constantTimeEqual(Uint8Array.of(1, 2), Uint8Array.of(1, 2, 3))).toBe(false);
    expect(constantTimeEqual(new Uint8Array(0), new Uint8Array(0))).toBe(true);
  });

  it('concatenates in order', () => {
    expect(Array.from(concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3)))).toEqual([1, 2, 3]);
  });
});
