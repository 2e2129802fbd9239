/**
 * A plain-code check of the event envelope for the hot path of verification, where zod's
 * ledgerEventSchema costs more than hashing the event. It accepts only what that schema
 * accepts (test/unit/shared/ledger/envelopeCheck.test.ts holds it to that with property
 * tests) and may refuse more: a refusal is never reported from here, the caller then runs
 * the schema itself, which gives the verdict and names the problem.
 */
import { z } from 'zod';
import { isUuidV7 } from '../util/ids';
import type { LedgerEvent } from './envelope';
import {
  AUTHOR_NAME_MAX_CHARS,
  CONTROL_CHARS,
  ENTITY_ID_MAX_CHARS,
  ENTITY_ID_PATTERN,
  EVENT_TYPE_MAX_CHARS,
  EVENT_TYPE_PATTERN,
  HEX_SHA256,
} from './envelope';

const EVENT_KEYS: ReadonlySet<string> = new Set([
  'author',
  'hash',
  'id',
  'ledger',
  'occurredAt',
  'payload',
  'prev',
  'recordedAt',
  'seq',
  'subject',
  'type',
]);
// The same patterns zod's z.iso.datetime builds, taken from zod so they cannot drift apart.
const OFFSET_DATETIME = z.regexes.datetime({ offset: true });
const UTC_DATETIME = z.regexes.datetime({});

type Members = Record<string, unknown>;

function isPlainRecord(value: unknown): value is Members {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function hasExactly(record: Members, keys: ReadonlySet<string>): boolean {
  const own = Object.keys(record);
  return own.length === keys.size && own.every((key) => keys.has(key)) && Object.getOwnPropertySymbols(record).length === 0;
}

function isText(value: unknown, maxChars: number, pattern: RegExp): value is string {
  return typeof value === 'string' && value.length <= maxChars && pattern.test(value);
}

const AUTHOR_KEYS: ReadonlySet<string> = new Set(['id', 'name']);

function isAuthor(value: unknown): boolean {
  if (!isPlainRecord(value) || !hasExactly(value, AUTHOR_KEYS)) return false;
  const { id, name } = value;
  if (!isText(id, ENTITY_ID_MAX_CHARS, ENTITY_ID_PATTERN) || typeof name !== 'string') return false;
  return name.length >= 1 && name.length <= AUTHOR_NAME_MAX_CHARS && !CONTROL_CHARS.test(name);
}

/** Whether ledgerEventSchema certainly accepts the value (false: ask the schema). */
export function isCertainlyLedgerEvent(value: unknown): value is LedgerEvent {
  if (!isPlainRecord(value) || !hasExactly(value, EVENT_KEYS)) return false;
  const { seq, prev } = value;
  if (typeof seq !== 'number' || !Number.isSafeInteger(seq) || seq < 1) return false;
  if (typeof prev !== 'string' || (seq === 1 ? prev !== '' : !HEX_SHA256.test(prev))) return false;
  return (
    isUuidV7(value.id) &&
    isText(value.ledger, 64, HEX_SHA256) &&
    isText(value.hash, 64, HEX_SHA256) &&
    isText(value.type, EVENT_TYPE_MAX_CHARS, EVENT_TYPE_PATTERN) &&
    isText(value.subject, ENTITY_ID_MAX_CHARS, ENTITY_ID_PATTERN) &&
    isText(value.occurredAt, Infinity, OFFSET_DATETIME) &&
    isText(value.recordedAt, Infinity, UTC_DATETIME) &&
    isAuthor(value.author) &&
    isPlainRecord(value.payload)
  );
}
