/**
 * The age layer's reader with a room for the plaintext (ageLayer.ts PlaintextRoom): it
 * keeps a chunk where the cipher wrote it only if that is exactly the next place of its
 * own room; otherwise it copies, and never writes into a room that some stream wrote into.
 */
import { Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';
import { describe, expect, it } from 'vitest';
import type { PlaintextRoom, PlaintextRooms } from '@shared/bundle/ageLayer';
import { decryptAge } from '@shared/bundle/ageLayer';
import { bundleLimits } from '@shared/bundle/limits';

const identity = await generateX25519Identity();
const plaintext = new Uint8Array(200_000).map((_, at) => (at * 17) & 255);
const encrypter = new Encrypter();
encrypter.addRecipient(await identityToRecipient(identity));
const file = await encrypter.encrypt(plaintext);

/** Rooms no cipher writes into, reporting `owner` as given, and remembering what they offered. */
function roomsOwnedBy(owner: object | undefined): PlaintextRooms & { offered: PlaintextRoom[]; withdrawn: PlaintextRoom[] } {
  const offered: PlaintextRoom[] = [];
  const withdrawn: PlaintextRoom[] = [];
  return {
    offered,
    withdrawn,
    offer: (bytes) => {
      const room = { bytes, owner };
      offered.push(room);
      return room;
    },
    withdraw: (room) => {
      withdrawn.push(room);
    },
  };
}

describe('decryptAge with plaintext rooms', () => {
  it('fills the room itself when no stream wrote into it', async () => {
    const rooms = roomsOwnedBy(undefined);
    const opened = await decryptAge(file, { identity }, bundleLimits(), rooms);
    expect(opened.ok && opened.value.plaintext.buffer).toBe(rooms.offered[0]?.bytes.buffer);
    expect(opened.ok && Buffer.from(opened.value.plaintext).equals(Buffer.from(plaintext))).toBe(true);
    expect(rooms.withdrawn).toEqual(rooms.offered);
  });

  it('withdraws the room before copying into it, so that no stream can claim it meanwhile', async () => {
    const inner = roomsOwnedBy(undefined);
    let wasEmptyWhenWithdrawn: boolean | undefined;
    const rooms: PlaintextRooms = {
      offer: (bytes) => inner.offer(bytes),
      withdraw: (room) => {
        wasEmptyWhenWithdrawn ??= room.bytes.every((byte) => byte === 0);
        inner.withdraw(room);
      },
    };
    const opened = await decryptAge(file, { identity }, bundleLimits(), rooms);
    expect(opened.ok).toBe(true);
    expect(wasEmptyWhenWithdrawn).toBe(true);
    expect(inner.withdrawn).toEqual(inner.offered);
  });

  it('copies into an array of its own, leaving the room alone, once another stream owns the room', async () => {
    const rooms = roomsOwnedBy({});
    const opened = await decryptAge(file, { identity }, bundleLimits(), rooms);
    const room = rooms.offered[0]?.bytes ?? new Uint8Array(1);
    expect(opened.ok && opened.value.plaintext.buffer).not.toBe(room.buffer);
    expect(opened.ok && Buffer.from(opened.value.plaintext).equals(Buffer.from(plaintext))).toBe(true);
    expect(room.every((byte) => byte === 0)).toBe(true);
    expect(rooms.withdrawn).toEqual(rooms.offered);
  });

  it('withdraws the room when the payload was altered', async () => {
    const altered = file.slice();
    altered[altered.length - 10] = (altered[altered.length - 10] ?? 0) ^ 1;
    const rooms = roomsOwnedBy(undefined);
    const opened = await decryptAge(altered, { identity }, bundleLimits(), rooms);
    expect(opened.ok || opened.error).toMatchObject({ code: 'damaged' });
    expect(rooms.withdrawn).toEqual(rooms.offered);
  });
});
