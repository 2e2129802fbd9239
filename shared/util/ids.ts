/**
 * Identifiers. Every id the application creates is a UUIDv7: time-ordered, so ids made
 * on one machine sort roughly by creation, and random enough that installations that
 * never talk to each other do not collide.
 */
import { v7 } from 'uuid';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const UUID_V7_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A generator of new ids; injected so tests can use deterministic ones. */
export type IdGenerator = () => string;

/** A new lowercase UUIDv7 string. */
export function newId(): string {
  return v7();
}

/** Whether the value is a UUID string in canonical lowercase form (any version). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** Whether the value is a lowercase UUIDv7 string (version 7, RFC 9562 variant). */
export function isUuidV7(value: unknown): value is string {
  return typeof value === 'string' && UUID_V7_PATTERN.test(value);
}
