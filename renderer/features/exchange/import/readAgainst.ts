/**
 * Runs every import check of a bundle against what this installation holds right now:
 * its key, its trusted sources, each sender's last bundle and each ledger's head. When a
 * segment ends below a held head, the importer needs the held hash at that seq to tell a
 * duplicate from a fork; it is read from storage and the check run again. The events'
 * hashes are checked with WebCrypto (outside any transaction), about 3× faster in bulk.
 */
import { recipientFingerprint } from '@shared/bundle/manifest';
import type { BundleRejection, ReadBundleOptions, ReadProgress, VerifiedBundle } from '@shared/bundle/read';
import { readBundle } from '@shared/bundle/read';
import { trustedSenderLookup } from '@shared/exchange/contacts';
import { senderContinuity } from '@shared/exchange/history';
import type { Result } from '@shared/util/result';
import { platformDigest } from '../../../ledger';
import { nativeInflate } from './nativeInflate';
import { APP_EVENT_REGISTRY } from '../../../vault/appLedger';
import type { OpenedVault } from '../../../vault/openVault';
import { exchangeStateOf } from '../exchangeState';
import { loadAgeCipher } from '../../../crypto/ageCipher';
import { appPlaintextRooms } from '../../../crypto/plaintextRoom';

/** Held hashes looked up at most this many times per bundle (one per ledger that needs one). */
const MAX_HASH_LOOKUPS = 16;

type HeldHashes = Map<string, Map<number, string>>;
/** Told how far the checks of the file are; awaited, so a screen can paint between steps. */
export type ProgressReport = (progress: ReadProgress) => Promise<void> | void;

function readOptions(session: OpenedVault, hashes: HeldHashes, passphrase: string | undefined, onProgress?: ProgressReport): ReadBundleOptions {
  const state = exchangeStateOf(session);
  return {
    ...(onProgress === undefined ? {} : { onProgress }),
    identity: session.identity.ageIdentity,
    ...(passphrase === undefined ? {} : { passphrase }),
    myRecipientFingerprint: recipientFingerprint(session.identity.ageRecipient),
    trustedSenders: trustedSenderLookup(state.contacts),
    known: (ledger) => senderContinuity(state.history, ledger),
    knownLedgers: (ledger) => {
      const head = state.heads.get(ledger);
      if (head === undefined) return undefined;
      const held = hashes.get(ledger);
      return { head, hashAt: (seq) => held?.get(seq) };
    },
    registry: APP_EVENT_REGISTRY,
    digest: platformDigest(),
    inflate: nativeInflate,
    plaintextRooms: appPlaintextRooms,
  };
}

/** The checks' verdict on the file, as of now. */
export async function readAgainstHoldings(
  session: OpenedVault,
  bytes: Uint8Array,
  passphrase?: string,
  onProgress?: ProgressReport,
): Promise<Result<VerifiedBundle, BundleRejection>> {
  await loadAgeCipher();
  const hashes: HeldHashes = new Map();
  for (let lookup = 0; ; lookup++) {
    const result = await readBundle(bytes, readOptions(session, hashes, passphrase, onProgress));
    if (result.ok) return result;
    const found = result.error.problem;
    if (found.code !== 'unverifiable' || lookup >= MAX_HASH_LOOKUPS) return result;
    const { overlapLedger, seq } = found.params;
    const held = hashes.get(overlapLedger) ?? new Map<number, string>();
    const event = await session.storage.readEvent(overlapLedger, seq);
    if (event === undefined || held.has(seq)) return result;
    hashes.set(overlapLedger, held.set(seq, event.hash));
  }
}
