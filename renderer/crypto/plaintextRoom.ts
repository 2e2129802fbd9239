/**
 * Room for the age library's plaintext, offered by the reader of a payload
 * (shared/bundle/ageLayer.ts, when the app hands it `appPlaintextRooms`) to the cipher that
 * decrypts it (ageCipher.ts). The library hands each 64 KiB chunk over in an array of its
 * own, which the reader then copies into the whole plaintext; in Chromium, that extra copy
 * through fresh memory was a sixth of the time of opening a bundle. A cipher that takes the room writes each chunk straight
 * into its place in the plaintext, and the reader finds it there instead of copying it.
 *
 * One room is open at a time. The first stream that decrypts into it owns it (the library
 * passes the same key array for every chunk of one stream); its space is handed out in
 * order and never written twice, so a chunk once handed out is never overwritten. The
 * reader keeps a chunk without copying only if it is exactly the next place of its own
 * room; anything else (another stream took the room, a cipher that ignores it) is copied
 * as before, so the room only ever saves a copy and never changes the bytes.
 */

import type { PlaintextRoom, PlaintextRooms } from '@shared/bundle/ageLayer';

/** A plaintext buffer offered to the cipher, and how much of it has been handed out. */
type OfferedRoom = PlaintextRoom & { used: number; owner: object | undefined };

let offered: OfferedRoom | undefined;

/** Offers `bytes` to the next stream to decrypt, in place of any room offered before. */
export function offerPlaintextRoom(bytes: Uint8Array): OfferedRoom {
  offered = { bytes, used: 0, owner: undefined };
  return offered;
}

/** Stops handing out `room`; whatever it already handed out stays as it is. */
export function withdrawPlaintextRoom(room: PlaintextRoom): void {
  if (offered === room) offered = undefined;
}

/**
 * For the cipher: where the next `length` bytes of plaintext of the stream whose key is
 * `streamKey` go, or undefined if they get an array of their own (no room, another
 * stream's room, or no space left).
 */
export function plaintextPlace(streamKey: object, length: number): Uint8Array | undefined {
  const room = offered;
  if (room === undefined) return undefined;
  room.owner ??= streamKey;
  if (room.owner !== streamKey || room.bytes.length - room.used < length) return undefined;
  const place = room.bytes.subarray(room.used, room.used + length);
  room.used += length;
  return place;
}

/** The rooms of the app's cipher, for the age layer's reader. */
export const appPlaintextRooms: PlaintextRooms = { offer: offerPlaintextRoom, withdraw: withdrawPlaintextRoom };
