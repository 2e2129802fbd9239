/**
 * Event types and their payload schemas. A released event type is never changed
 * incompatibly (design §4.1): a new meaning gets a new type name. Registries compose, so
 * later features (custody, inspections) bring their own definitions and the app merges
 * them with the core ones; the same type defined twice differently is a startup error.
 */
import type { z } from 'zod';
import type { JsonObject } from '../crypto/canonicalJson';
import { assertJsonValue, CanonicalJsonError } from '../crypto/canonicalJson';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { EVENT_TYPE_MAX_CHARS, EVENT_TYPE_PATTERN } from './envelope';

/** One event type: its name, its payload schema and the release that introduced it. */
export type EventTypeDef<T extends string = string, P extends z.ZodType = z.ZodType> = {
  readonly type: T;
  readonly payload: P;
  /** Registry version in which the type was released; informative, never used for parsing. */
  readonly since: number;
};

/** The payload type of an event type definition. */
export type PayloadOf<D extends EventTypeDef> = z.output<D['payload']>;

/** A set of event types, by name. */
export type EventRegistry = { readonly definitions: ReadonlyMap<string, EventTypeDef> };

/** Why a payload was refused. Issues name members and rules, never payload values. */
export type PayloadProblem =
  | { code: 'unknown-type'; type: string }
  | { code: 'invalid'; type: string; issues: string[] };

const MAX_REPORTED_ISSUES = 10;

/**
 * Defines an event type. The payload schema should be a strict object without
 * transforms: it only decides whether a payload is valid, the payload itself is kept as sent.
 * @throws TypeError if the name is not `word.word_word` style
 */
export function defineEventType<T extends string, P extends z.ZodType>(
  type: T,
  payload: P,
  options: { since?: number } = {},
): EventTypeDef<T, P> {
  if (type.length > EVENT_TYPE_MAX_CHARS || !EVENT_TYPE_PATTERN.test(type)) {
    throw new TypeError(`defineEventType: bad type name ${JSON.stringify(type)}`);
  }
  return Object.freeze({ type, payload, since: options.since ?? 1 });
}

/**
 * A registry of the given definitions.
 * @throws Error if two definitions share a type name
 */
export function createEventRegistry(definitions: readonly EventTypeDef[]): EventRegistry {
  const byType = new Map<string, EventTypeDef>();
  for (const definition of definitions) addDefinition(byType, definition);
  return Object.freeze({ definitions: byType });
}

/**
 * The union of several registries. The same definition may appear in more than one.
 * @throws Error if one type name has two different definitions
 */
export function mergeEventRegistries(...registries: readonly EventRegistry[]): EventRegistry {
  const byType = new Map<string, EventTypeDef>();
  for (const registry of registries) {
    for (const definition of registry.definitions.values()) addDefinition(byType, definition);
  }
  return Object.freeze({ definitions: byType });
}

/** Whether the registry knows the type. */
export function hasEventType(registry: EventRegistry, type: string): boolean {
  return registry.definitions.has(type);
}

/** Options of validatePayload. */
export type ValidatePayloadOptions = {
  /**
   * The caller has already serialized the payload with canonicalJson (which refuses
   * anything but plain JSON), so checking it again for plain JSON would only repeat work.
   */
  plainJsonChecked?: boolean;
};

/**
 * Checks a payload against its type's schema. On success returns the payload as given
 * (not the schema's output), because the given object is what the event hash covers.
 */
export function validatePayload(
  registry: EventRegistry,
  type: string,
  payload: unknown,
  options: ValidatePayloadOptions = {},
): Result<JsonObject, PayloadProblem> {
  const definition = registry.definitions.get(type);
  if (!definition) return err({ code: 'unknown-type', type });
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .slice(0, MAX_REPORTED_ISSUES)
      .map((issue) => `${issue.path.map(String).join('.') || '(payload)'}: ${issue.message}`);
    return err({ code: 'invalid', type, issues });
  }
  if (!isPlainPayload(payload, options)) return err({ code: 'invalid', type, issues: ['(payload): not plain JSON'] });
  return ok(payload);
}

function isPlainPayload(value: unknown, options: ValidatePayloadOptions): value is JsonObject {
  return options.plainJsonChecked === true ? isObject(value) : isJsonObject(value);
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isJsonObject(value: unknown): value is JsonObject {
  try {
    assertJsonValue(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return false;
    throw error;
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function addDefinition(byType: Map<string, EventTypeDef>, definition: EventTypeDef): void {
  const existing = byType.get(definition.type);
  if (existing && existing !== definition) {
    throw new Error(`event type ${definition.type} is defined twice`);
  }
  byType.set(definition.type, definition);
}
