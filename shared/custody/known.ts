/**
 * Explicit unknowns. A register field is never blank: it holds a value, or says why it
 * has none. CED/SMR "minimum content" audits must tell a missing answer from a refusal
 * and from a field that does not apply (domain.md §1.2, design notes).
 */
import { z } from 'zod';

/** Why a field holds no value. */
export const UNKNOWN_REASONS = ['unknown', 'refused', 'not_applicable'] as const;
/** One of UNKNOWN_REASONS. */
export type UnknownReason = (typeof UNKNOWN_REASONS)[number];

/** A value, or the reason there is none. */
export type Known<T> = { value: T } | { unknown: UnknownReason };

/** The schema of `Known<T>` for a value schema. */
export function known<T extends z.ZodType>(inner: T) {
  return z.union([z.strictObject({ value: inner }), z.strictObject({ unknown: z.enum(UNKNOWN_REASONS) })]);
}

/** Whether a Known holds a value. */
export function hasValue<T>(field: Known<T> | undefined): field is { value: T } {
  return field !== undefined && 'value' in field;
}

/** The value of a Known, or undefined when it holds none (or is absent). */
export function valueOf<T>(field: Known<T> | undefined): T | undefined {
  return hasValue(field) ? field.value : undefined;
}

/** A Known holding a value. */
export function knownValue<T>(value: T): { value: T } {
  return { value };
}

/** A Known holding no value, for the given reason. */
export function knownNot(reason: UnknownReason = 'unknown'): { unknown: UnknownReason } {
  return { unknown: reason };
}

/** How a stored field reads for a gap audit: a value, one of the reasons, or absent altogether. */
export type KnownKind = 'value' | UnknownReason | 'absent';

/**
 * The kind of any JSON value read from a payload where a Known is expected. Values
 * that are not shaped like a Known count as values: a plain field is never a gap.
 */
export function knownKindOf(field: unknown): KnownKind {
  if (field === undefined || field === null) return 'absent';
  if (typeof field !== 'object' || Array.isArray(field)) return 'value';
  if ('value' in field) return 'value';
  const reason = (field as { unknown?: unknown }).unknown;
  return (UNKNOWN_REASONS as readonly unknown[]).includes(reason) ? (reason as UnknownReason) : 'value';
}
