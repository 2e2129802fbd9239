/** Short constructors for the descriptor tables, so each table reads as a list of fields. */
import type { TranslationKey } from '../../../i18n/translationKey';
import type { FieldSpec, InputKind } from './fieldTypes';

export const TEXT: InputKind = { kind: 'text' };
export const LONG: InputKind = { kind: 'text', long: true };
export const INSTANT: InputKind = { kind: 'instant' };
export const BOOLEAN: InputKind = { kind: 'boolean' };

type Extra = Pick<FieldSpec, 'hint' | 'optional' | 'when'>;

/** A member that must hold a value. */
export function must(name: string, label: TranslationKey, input: InputKind, extra: Extra = {}): FieldSpec {
  return { name, label, input, ...extra };
}

/** A Known member: a value, or why there is none. */
export function knownOf(name: string, label: TranslationKey, input: InputKind, extra: Extra = {}): FieldSpec {
  return { name, label, input, known: true, ...extra };
}

/** A group of members (an object payload member). */
export function group(fields: readonly FieldSpec[]): InputKind {
  return { kind: 'group', fields };
}
