/**
 * Dotted paths into JSON payloads (`identity.aliases.0`), as corrections name the field
 * they change. Reading never throws; writing copies along the path and never mutates,
 * because payloads are shared with the events they came from.
 */
import type { JsonObject, JsonValue } from '../crypto/canonicalJson';

/** A path: member names and array indexes separated by dots. */
export const FIELD_PATH_PATTERN = /^[A-Za-z][A-Za-z0-9]*(?:\.(?:[A-Za-z][A-Za-z0-9]*|0|[1-9][0-9]{0,3}))*$/;
/** Longest accepted path. */
export const FIELD_PATH_MAX_CHARS = 200;

/** The segments of a dotted path. */
export function pathSegments(path: string): string[] {
  return path.split('.');
}

/** Whether `path` equals `ancestor` or lies below it. */
export function isPathWithin(path: string, ancestor: string): boolean {
  return path === ancestor || path.startsWith(`${ancestor}.`);
}

/** The value at a path, or undefined if any step is missing. */
export function getAtPath(root: unknown, path: string): JsonValue | undefined {
  return getAtSegments(root, pathSegments(path));
}

/** The value at a path given as segments (precomputed by hot callers). */
export function getAtSegments(root: unknown, segments: readonly string[]): JsonValue | undefined {
  let current: unknown = root;
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current as JsonValue | undefined;
}

/**
 * A copy of `root` with the value at `path` replaced (or created, for object members).
 * Returns undefined when the path runs through a non-container or past an array's last item,
 * so a correction of a field that does not exist is refused, not silently invented.
 */
export function setAtPath(root: JsonValue, path: string, value: JsonValue): JsonValue | undefined {
  return setSegments(root, pathSegments(path), 0, value);
}

function setSegments(node: JsonValue, segments: readonly string[], at: number, value: JsonValue): JsonValue | undefined {
  const segment = segments[at];
  if (segment === undefined) return value;
  if (Array.isArray(node)) {
    const index = Number(segment);
    if (!Number.isInteger(index) || index < 0 || index >= node.length) return undefined;
    const child = setSegments(node[index] ?? null, segments, at + 1, value);
    if (child === undefined) return undefined;
    const copy = [...node];
    copy[index] = child;
    return copy;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const existing = Object.hasOwn(node, segment) ? node[segment] : undefined;
  if (existing === undefined && at < segments.length - 1) return undefined;
  const child = setSegments(existing ?? null, segments, at + 1, value);
  if (child === undefined) return undefined;
  const copy: JsonObject = { ...node };
  copy[segment] = child;
  return copy;
}

/** Deep equality of two JSON values (member order ignored). */
export function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => jsonEqual(item, b[index]));
  }
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && jsonEqual(a[key], b[key]));
}
