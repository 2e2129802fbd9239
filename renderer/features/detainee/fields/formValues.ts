/**
 * Form state ↔ payload. A form holds strings only, keyed by form path (payload path
 * without the `value` steps of Knowns, as validation names fields), plus `#known` (value or
 * why none) and `#count` (items of a list) entries; building the payload leaves out what was
 * not entered, so validation names every missing field instead of the form guessing.
 */
import type { JsonObject, JsonValue } from '@shared/crypto/canonicalJson';
import { UNKNOWN_REASONS } from '@shared/custody/known';
import type { FieldSpec, InputKind } from './fieldTypes';
import { childPath } from './fieldTypes';
import { instantToLocalInput, localInputToInstant } from '../../custody';

/** A form's entries. */
export type FormValues = Readonly<Record<string, string>>;

/** What a Known field holds: a value, or one of the reasons for none. */
export type KnownMode = 'value' | (typeof UNKNOWN_REASONS)[number];

export const knownKey = (path: string) => `${path}#known`;
export const countKey = (path: string) => `${path}#count`;

/** The Known mode a form holds for a path (a value unless a reason was chosen). */
export function knownModeOf(values: FormValues, path: string): KnownMode {
  const mode = values[knownKey(path)];
  return (UNKNOWN_REASONS as readonly string[]).includes(mode ?? '') ? (mode as KnownMode) : 'value';
}

/** How many items a list holds in the form. */
export function countOf(values: FormValues, path: string): number {
  const count = Number(values[countKey(path)] ?? '0');
  return Number.isInteger(count) && count > 0 ? count : 0;
}

const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/** Digits typed on an Arabic or Persian keyboard, read as 0–9. */
export function westernDigits(text: string): string {
  return text.replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf));
}

function scalarOf(input: InputKind, raw: string, timeZone: string): JsonValue | undefined {
  const text = input.kind === 'number' || input.kind === 'partialDate' ? westernDigits(raw.trim()) : raw.trim();
  if (text === '') return undefined;
  if (input.kind === 'number') return /^-?\d+$/.test(text) ? Number(text) : text;
  if (input.kind === 'boolean') return text === 'yes' ? true : text === 'no' ? false : undefined;
  return input.kind === 'instant' ? (localInputToInstant(text, timeZone) ?? text) : text;
}

/** The JSON an input holds at a form path, or undefined when nothing was entered. */
export function inputToJson(input: InputKind, path: string, values: FormValues, timeZone: string): JsonValue | undefined {
  if (input.kind === 'group') return fieldsToJson(input.fields, path, values, timeZone);
  if (input.kind === 'list') {
    return Array.from({ length: countOf(values, path) }, (_, index) => inputToJson(input.item, childPath(path, String(index)), values, timeZone) ?? null);
  }
  if (input.kind === 'choices') return input.values.filter((value) => values[childPath(path, value)] === 'yes');
  return scalarOf(input, values[path] ?? '', timeZone);
}

/** Whether a conditional field is shown for the values of its siblings under `parent`. */
export function isShown(spec: FieldSpec, parent: string, values: FormValues): boolean {
  return spec.when === undefined || spec.when.is.includes(values[childPath(parent, spec.when.field)] ?? '');
}

/** The JSON of one field (a Known wraps its value, or says why there is none). */
export function fieldToJson(spec: FieldSpec, path: string, values: FormValues, timeZone: string): JsonValue | undefined {
  if (spec.known === true) {
    const mode = knownModeOf(values, path);
    if (mode !== 'value') return { unknown: mode };
    const inner = inputToJson(spec.input, path, values, timeZone);
    // An empty Known is sent as such so validation names it: a register field is never blank.
    return inner === undefined ? {} : { value: inner };
  }
  return inputToJson(spec.input, path, values, timeZone);
}

/** The payload object of fields under a form path. */
export function fieldsToJson(fields: readonly FieldSpec[], parent: string, values: FormValues, timeZone: string): JsonObject {
  const payload: Record<string, JsonValue> = {};
  for (const spec of fields) {
    if (!isShown(spec, parent, values)) continue;
    const value = fieldToJson(spec, childPath(parent, spec.name), values, timeZone);
    if (value !== undefined) payload[spec.name] = value;
  }
  return payload;
}

type Entries = Record<string, string>;

function scalarEntry(input: InputKind, json: JsonValue, timeZone: string): string {
  if (input.kind === 'boolean') return json === true ? 'yes' : json === false ? 'no' : '';
  if (input.kind === 'instant' && typeof json === 'string') {
    const ms = Date.parse(json);
    return Number.isNaN(ms) ? json : instantToLocalInput(ms, timeZone);
  }
  return typeof json === 'string' || typeof json === 'number' ? String(json) : '';
}

/** NOTE: writes into `out`. The form entries of an input's JSON. */
function inputEntries(input: InputKind, path: string, json: JsonValue | undefined, timeZone: string, out: Entries): void {
  if (json === undefined || json === null) return;
  if (input.kind === 'group') {
    if (typeof json === 'object' && !Array.isArray(json)) fieldEntries(input.fields, path, json, timeZone, out);
  } else if (input.kind === 'list') {
    const items = Array.isArray(json) ? json : [];
    out[countKey(path)] = String(items.length);
    items.forEach((item, index) => { inputEntries(input.item, childPath(path, String(index)), item, timeZone, out); });
  } else if (input.kind === 'choices') {
    for (const chosen of Array.isArray(json) ? json : []) if (typeof chosen === 'string') out[childPath(path, chosen)] = 'yes';
  } else {
    out[path] = scalarEntry(input, json, timeZone);
  }
}

/** NOTE: writes into `out`. The form entries of one field's JSON. */
export function fieldEntries(fields: readonly FieldSpec[], parent: string, json: JsonObject, timeZone: string, out: Entries): void {
  for (const spec of fields) fieldEntry(spec, childPath(parent, spec.name), json[spec.name], timeZone, out);
}

/** NOTE: writes into `out`. The entries of a field's JSON (a Known's reason, or its value). */
export function fieldEntry(spec: FieldSpec, path: string, json: JsonValue | undefined, timeZone: string, out: Entries): void {
  if (spec.known !== true) {
    inputEntries(spec.input, path, json, timeZone, out);
    return;
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return;
  if (typeof json.unknown === 'string') out[knownKey(path)] = json.unknown;
  else inputEntries(spec.input, path, json.value, timeZone, out);
}

/** The form values that show a payload (to correct it, or to start from it). */
export function valuesOf(fields: readonly FieldSpec[], payload: JsonObject, timeZone: string, parent = ''): FormValues {
  const out: Entries = {};
  fieldEntries(fields, parent, payload, timeZone, out);
  return out;
}

/** The values with one entry set (an empty text removes it). */
export function withValue(values: FormValues, key: string, value: string): FormValues {
  if (value === '') {
    if (!Object.hasOwn(values, key)) return values;
    return Object.fromEntries(Object.entries(values).filter(([held]) => held !== key));
  }
  return { ...values, [key]: value };
}

function renumbered(key: string, prefix: string, removed: number): string | undefined {
  if (!key.startsWith(prefix)) return key;
  const rest = key.slice(prefix.length);
  const match = /^(\d+)(.*)$/.exec(rest);
  if (match === null) return key;
  const index = Number(match[1]);
  if (index === removed) return undefined;
  return index > removed ? `${prefix}${String(index - 1)}${match[2] ?? ''}` : key;
}

/** The values without one item of a list: later items move up, so nothing typed is lost or misplaced. */
export function withoutListItem(values: FormValues, path: string, removed: number): FormValues {
  const prefix = `${path}.`;
  const next: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    const moved = renumbered(key, prefix, removed);
    if (moved !== undefined) next[moved] = value;
  }
  next[countKey(path)] = String(Math.max(0, countOf(values, path) - 1));
  return next;
}

/** Why a field stops the form: nothing entered, or (for several choices) nothing chosen. */
export type MissingField = { readonly path: string; readonly kind: 'value' | 'known' | 'choice' };

function missingIn(input: InputKind, path: string, values: FormValues, kind: MissingField['kind']): MissingField[] {
  if (input.kind === 'group') return missingFields(input.fields, path, values);
  if (input.kind === 'list') {
    return Array.from({ length: countOf(values, path) }, (_, index) => missingIn(input.item, childPath(path, String(index)), values, 'value')).flat();
  }
  if (input.kind === 'choices') return input.values.some((value) => values[childPath(path, value)] === 'yes') ? [] : [{ path, kind: 'choice' }];
  return (values[path] ?? '').trim() === '' ? [{ path, kind }] : [];
}

/**
 * Required fields with nothing entered, in form order: a register field is never left
 * blank, so a Known needs a value or a reason, and other fields a value. Checked before
 * anything is sent, so the message can say exactly that.
 */
export function missingFields(fields: readonly FieldSpec[], parent: string, values: FormValues): MissingField[] {
  return fields.flatMap((spec) => {
    const path = childPath(parent, spec.name);
    if (spec.optional === true || !isShown(spec, parent, values)) return [];
    if (spec.known === true && knownModeOf(values, path) !== 'value') return [];
    return missingIn(spec.input, path, values, spec.known === true ? 'known' : 'value');
  });
}
