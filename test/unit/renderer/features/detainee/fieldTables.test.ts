/**
 * The descriptor tables against the payload schemas of shared/custody: every later event
 * type has a form, each form names exactly its schema's members, and what a filled form
 * produces (values or explicit unknowns) is a payload the schema accepts. The admission
 * table round-trips a complete admission.
 */
import type { JsonObject } from '@shared/crypto/canonicalJson';
import { admissionPayloadSchema } from '@shared/custody/events/admission';
import { AUDIT_EVENT_TYPES, CUSTODY_EVENT_TYPE_NAMES, custodyEventRegistry } from '@shared/custody/eventTypes';
import type { CustodyEventType } from '@shared/custody/eventTypes';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ADMISSION_SECTIONS, REGISTER_NUMBER_SPEC } from '../../../../../renderer/features/detainee/fields/admissionSpecs';
import { EVENT_SPECS, eventSpecOf } from '../../../../../renderer/features/detainee/fields/eventSpecs';
import type { FieldSpec } from '../../../../../renderer/features/detainee/fields/fieldTypes';
import { fieldsToJson, valuesOf } from '../../../../../renderer/features/detainee/fields/formValues';
import { DEFAULT_ADMISSION } from '../../../../builders/custody';
import { filledValues } from './filledValues';

const ZONE = 'Africa/Khartoum';
const LATER_TYPES = CUSTODY_EVENT_TYPE_NAMES.filter((type) => type !== 'custody.admitted' && !(AUDIT_EVENT_TYPES as readonly string[]).includes(type));

function schemaOf(type: CustodyEventType): z.ZodType {
  const definition = custodyEventRegistry.definitions.get(type);
  if (definition === undefined) throw new Error(`no schema for ${type}`);
  return definition.payload;
}

function membersOf(schema: z.ZodType): string[] {
  return Object.keys((schema as z.ZodObject).shape).sort();
}

function parses(type: CustodyEventType, payload: JsonObject): string[] {
  const result = schemaOf(type).safeParse(payload);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the event form table', () => {
  it('has exactly one form for every later event type, and none for the admission or the audit types', () => {
    expect(EVENT_SPECS.map((spec) => spec.type).sort()).toEqual([...LATER_TYPES].sort());
    expect(new Set(EVENT_SPECS.map((spec) => spec.type)).size).toBe(EVENT_SPECS.length);
    expect(eventSpecOf('custody.admitted')).toBeUndefined();
    expect(eventSpecOf('custody.voided')).toBeUndefined();
  });

  it.each(LATER_TYPES)('%s: the form names exactly the members of the payload schema', (type) => {
    expect(eventSpecOf(type)?.fields.map((field) => field.name).sort()).toEqual(membersOf(schemaOf(type)));
  });

  it.each(LATER_TYPES)('%s: a form filled with values builds a payload the schema accepts', (type) => {
    const fields = eventSpecOf(type)?.fields ?? [];
    expect(parses(type, fieldsToJson(fields, '', filledValues(fields, 'value'), ZONE))).toEqual([]);
  });

  it.each(LATER_TYPES)('%s: a form answering "unknown" wherever it may builds a payload the schema accepts', (type) => {
    const fields = eventSpecOf(type)?.fields ?? [];
    expect(parses(type, fieldsToJson(fields, '', filledValues(fields, 'unknown'), ZONE))).toEqual([]);
  });

  it.each(LATER_TYPES)('%s: every choice the form offers is one the schema accepts', (type) => {
    const fields = eventSpecOf(type)?.fields ?? [];
    for (const variant of choiceVariants(fields)) {
      expect(parses(type, fieldsToJson(fields, '', variant, ZONE))).toEqual([]);
    }
  });

  it.each(LATER_TYPES)('%s: a payload reads back into the form it came from', (type) => {
    const fields = eventSpecOf(type)?.fields ?? [];
    const payload = fieldsToJson(fields, '', filledValues(fields, 'value'), ZONE);
    expect(fieldsToJson(fields, '', valuesOf(fields, payload, ZONE), ZONE)).toEqual(payload);
  });

  it('offers medical examinations to medical staff only, everything else to the register', () => {
    expect(EVENT_SPECS.filter((spec) => spec.capability === 'medical.write').map((spec) => spec.type)).toEqual(['custody.medical_examined']);
  });
});

describe('the admission table', () => {
  const fields: FieldSpec[] = [REGISTER_NUMBER_SPEC, ...ADMISSION_SECTIONS.map((section): FieldSpec => ({ name: section.id, input: { kind: 'group', fields: section.fields } }))];

  it('names every member of the admission payload, section by section', () => {
    expect([REGISTER_NUMBER_SPEC.name, ...ADMISSION_SECTIONS.map((section) => section.id)].sort()).toEqual(membersOf(admissionPayloadSchema));
    for (const section of ADMISSION_SECTIONS) {
      expect(section.fields.map((field) => field.name).sort()).toEqual(membersOf(admissionPayloadSchema.shape[section.id]));
    }
  });

  it('reads a complete admission into a form and builds the same admission back', () => {
    const payload = DEFAULT_ADMISSION as unknown as JsonObject;
    const rebuilt = fieldsToJson(fields, '', valuesOf(fields, payload, ZONE), ZONE);
    expect(sameInstants(admissionPayloadSchema.parse(rebuilt))).toEqual(sameInstants(payload));
  });

  it('builds an admission the schema accepts from a form filled everywhere', () => {
    const result = admissionPayloadSchema.safeParse(fieldsToJson(fields, '', filledValues(fields, 'value'), ZONE));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

/** One variant of the filled form per choice value of every plain choice field. */
function choiceVariants(fields: readonly FieldSpec[]): Record<string, string>[] {
  const base = filledValues(fields, 'value');
  return fields.flatMap((field) => (field.input.kind === 'choice' ? field.input.values.map((value) => ({ ...base, [field.name]: value })) : []));
}

/** The JSON with every instant written in UTC: the form keeps the facility's offset, the builder another one. */
function sameInstants(json: unknown): unknown {
  if (typeof json === 'string') return /^\d{4}-\d{2}-\d{2}T/.test(json) ? new Date(json).toISOString() : json;
  if (Array.isArray(json)) return json.map(sameInstants);
  if (typeof json === 'object' && json !== null) return Object.fromEntries(Object.entries(json).map(([key, value]) => [key, sameInstants(value)]));
  return json;
}
