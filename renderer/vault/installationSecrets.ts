/**
 * The installation's identity (signing key pair and age identity) sealed under the data
 * key, so a seized laptop reveals neither the key that signs bundles nor the one that
 * opens bundles addressed to this installation (security.md T1).
 */
import { open, seal, associatedDataFor } from '@shared/crypto/aead';
import { parseCanonicalBytes, canonicalJson } from '@shared/crypto/canonicalJson';
import { ledgerIdOf } from '@shared/ledger/identity';
import type { InstallationIdentity } from '@shared/ledger/identity';
import { fromBase64url, toBase64url, utf8Encode } from '@shared/util/bytes';
import { z } from 'zod';
import type { InstallationRow } from './vaultRows';
import { VAULT_ROW_IDS } from './vaultRows';

const SCHEMA_VERSION = 1;
const associatedData = (): Uint8Array => associatedDataFor('vault', VAULT_ROW_IDS.installation, SCHEMA_VERSION);

const secretsSchema = z.strictObject({
  signingSecretKeyB64: z.string(),
  signingPublicKeyB64: z.string(),
  ageIdentity: z.string().startsWith('AGE-SECRET-KEY-1'),
  ageRecipient: z.string().startsWith('age1'),
});

export function sealInstallation(dataKey: Uint8Array, identity: InstallationIdentity): InstallationRow {
  const body = canonicalJson({
    signingSecretKeyB64: toBase64url(identity.signing.secretKey),
    signingPublicKeyB64: toBase64url(identity.signing.publicKey),
    ageIdentity: identity.ageIdentity,
    ageRecipient: identity.ageRecipient,
  });
  const sealed = seal(dataKey, utf8Encode(body), associatedData());
  return { id: VAULT_ROW_IDS.installation, kind: 'installation', sealedB64: toBase64url(sealed) };
}

/** @throws SealError if the row was altered or the key is wrong; ZodError if the content is malformed */
export function openInstallation(dataKey: Uint8Array, row: InstallationRow): InstallationIdentity {
  const plaintext = open(dataKey, fromBase64url(row.sealedB64), associatedData());
  const secrets = secretsSchema.parse(parseCanonicalBytes(plaintext));
  plaintext.fill(0);
  const publicKey = fromBase64url(secrets.signingPublicKeyB64);
  return {
    signing: { secretKey: fromBase64url(secrets.signingSecretKeyB64), publicKey },
    ageIdentity: secrets.ageIdentity,
    ageRecipient: secrets.ageRecipient,
    ledgerId: ledgerIdOf(publicKey),
  };
}
