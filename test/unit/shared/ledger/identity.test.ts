import { ed25519 } from '@noble/curves/ed25519.js';
import { Decrypter, Encrypter } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '@shared/crypto/canonicalJson';
import { sha256Hex } from '@shared/crypto/hash';
import {
  cardFingerprint,
  createInstallationIdentity,
  fingerprintGroups,
  isX25519Recipient,
  ledgerIdOf,
  makeIdentityCard,
  parseIdentityCard,
  serializeIdentityCard,
  signBytes,
  verifyBytes,
} from '@shared/ledger/identity';
import { toBase64url, toHex, utf8Decode, utf8Encode } from '@shared/util/bytes';
import { seededBytes } from '../../../builders/ledger';

const RECIPIENT = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';

describe('installation identity', () => {
  it('creates Ed25519 keys, an X25519 age identity and the ledger id', async () => {
    const identity = await createInstallationIdentity();
    expect(identity.signing.publicKey.length).toBe(32);
    expect(toHex(ed25519.getPublicKey(identity.signing.secretKey))).toBe(toHex(identity.signing.publicKey));
    expect(identity.ledgerId).toBe(ledgerIdOf(identity.signing.publicKey));
    expect(identity.ledgerId).toMatch(/^[0-9a-f]{64}$/);
    expect(identity.ageIdentity).toMatch(/^AGE-SECRET-KEY-1[0-9A-Z]+$/);
    expect(identity.ageRecipient).toMatch(/^age1[0-9a-z]{58}$/);
  });

  it('its age identity decrypts what is encrypted to its recipient', async () => {
    const identity = await createInstallationIdentity();
    const encrypter = new Encrypter();
    encrypter.addRecipient(identity.ageRecipient);
    const sealed = await encrypter.encrypt('bundle');
    const decrypter = new Decrypter();
    decrypter.addIdentity(identity.ageIdentity);
    expect(utf8Decode(await decrypter.decrypt(sealed))).toBe('bundle');
  });

  it('derives the ledger id as hex SHA-256 of the raw public key', () => {
    const publicKey = ed25519.keygen(seededBytes('x', 'signing')).publicKey;
    expect(ledgerIdOf(publicKey)).toBe(sha256Hex(publicKey));
    expect(() => ledgerIdOf(publicKey.subarray(1))).toThrow(TypeError);
  });
});

describe('signatures', () => {
  const { secretKey, publicKey } = ed25519.keygen(seededBytes('signer', 'signing'));
  const message = utf8Encode('habeas-bundle/1\n{"format":"habeas-bundle/1"}');

  it('verifies its own signatures (RFC 8032 test 1 as a known answer)', () => {
    const rfcSecret = Uint8Array.from(Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'));
    const rfcSignature =
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b';
    expect(toHex(signBytes(rfcSecret, new Uint8Array(0)))).toBe(rfcSignature);
    expect(verifyBytes(ed25519.getPublicKey(rfcSecret), new Uint8Array(0), Buffer.from(rfcSignature, 'hex'))).toBe(true);
    expect(verifyBytes(publicKey, message, signBytes(secretKey, message))).toBe(true);
  });

  it('rejects a tampered signature, message or key', () => {
    const signature = signBytes(secretKey, message);
    for (let i = 0; i < signature.length; i += 7) {
      const tampered = signature.slice();
      tampered[i] = (tampered[i] ?? 0) ^ 1;
      expect(verifyBytes(publicKey, message, tampered)).toBe(false);
    }
    const otherMessage = message.slice();
    otherMessage[0] = 0;
    expect(verifyBytes(publicKey, otherMessage, signature)).toBe(false);
    expect(verifyBytes(ed25519.keygen(seededBytes('other', 'signing')).publicKey, message, signature)).toBe(false);
    expect(verifyBytes(publicKey, message, signature.subarray(1))).toBe(false);
    expect(verifyBytes(new Uint8Array(32).fill(0xff), message, signature)).toBe(false);
  });
});

describe('fingerprintGroups', () => {
  it('shows the start of a fingerprint in groups', () => {
    const hex = sha256Hex('x');
    expect(fingerprintGroups(hex)).toBe(hex.slice(0, 32).match(/.{4}/g)!.join(' '));
    expect(fingerprintGroups(hex, { groups: 4, size: 5 })).toBe(hex.slice(0, 20).match(/.{5}/g)!.join(' '));
    expect(() => fingerprintGroups('ABCD')).toThrow(TypeError);
  });
});

describe('identity cards', () => {
  const { publicKey } = ed25519.keygen(seededBytes('card', 'signing'));
  const card = makeIdentityCard({ facility: 'سجن كوبر المركزي', signingPublicKey: publicKey, recipient: RECIPIENT });
  const text = serializeIdentityCard(card);

  it('has the members of design §6.1 and a stable fingerprint', () => {
    expect(Object.keys(card).sort()).toEqual(['facility', 'fingerprint', 'format', 'ledger', 'recipient', 'signingKey']);
    expect(card.signingKey).toBe(toBase64url(publicKey));
    expect(card.ledger).toBe(ledgerIdOf(publicKey));
    const { fingerprint, ...body } = card;
    expect(fingerprint).toBe(sha256Hex(canonicalJson(body)));
    expect(cardFingerprint(card)).toBe(fingerprint);
    expect(makeIdentityCard({ facility: card.facility, signingPublicKey: publicKey, recipient: RECIPIENT })).toEqual(card);
  });

  it('parses its own canonical text', () => {
    expect(parseIdentityCard(text)).toEqual({ ok: true, value: card });
  });

  it.each([
    ['an extra member', () => canonicalJson({ ...card, extra: 1 }), 'schema'],
    ['a reserved key', () => text.replace('{', '{"__proto__":{},'), 'not-canonical-json'],
    ['a duplicate key', () => text.replace('{', `{"facility":${JSON.stringify(card.facility)},`), 'not-canonical-json'],
    ['pretty-printed JSON', () => JSON.stringify(card, null, 2), 'not-canonical-json'],
    ['another format', () => canonicalJson({ ...card, format: 'habeas-card/2' }), 'schema'],
    ['a changed facility name', () => canonicalJson({ ...card, facility: 'Other' }), 'fingerprint-mismatch'],
    ['another ledger id', () => canonicalJson({ ...card, ledger: 'b'.repeat(64) }), 'ledger-mismatch'],
    ['a key that is not a point', () => canonicalJson({ ...card, signingKey: toBase64url(new Uint8Array(32).fill(0xff)) }), 'bad-signing-key'],
    ['a hybrid recipient', () => canonicalJson({ ...card, recipient: 'age1pq' + RECIPIENT.slice(4) }), 'bad-recipient'],
    ['an uppercase recipient', () => canonicalJson({ ...card, recipient: RECIPIENT.toUpperCase() }), 'bad-recipient'],
    ['a huge file', () => ' '.repeat(5000), 'too-large'],
  ])('refuses %s', (_, make, problem) => {
    expect(parseIdentityCard(make())).toEqual({ ok: false, error: problem });
  });

  it('refuses to make a card for a malformed recipient or name', () => {
    expect(isX25519Recipient(RECIPIENT)).toBe(true);
    expect(() => makeIdentityCard({ facility: 'F', signingPublicKey: publicKey, recipient: 'age1xyz' })).toThrow(TypeError);
    expect(() => makeIdentityCard({ facility: '', signingPublicKey: publicKey, recipient: RECIPIENT })).toThrow(TypeError);
  });
});
