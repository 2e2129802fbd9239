/** Form values that answer every field of a descriptor table, as a careful registrar would. */
import type { FieldSpec, InputKind } from '../../../../../renderer/features/detainee/fields/fieldTypes';
import { childPath } from '../../../../../renderer/features/detainee/fields/fieldTypes';
import { countKey, knownKey } from '../../../../../renderer/features/detainee/fields/formValues';

/** An event id a reference field may name. */
export const REFERENCED_EVENT_ID = '019ab9f0-0000-7000-8000-0000000000aa';

function scalar(input: InputKind): string {
  switch (input.kind) {
    case 'instant':
      return '2026-01-02T03:04';
    case 'date':
      return '2026-01-02';
    case 'partialDate':
      return '1990-04';
    case 'number':
      return String(input.min === 0 ? 1 : input.min);
    case 'boolean':
      return 'yes';
    case 'choice':
    case 'choices':
      return input.values[0] ?? '';
    case 'event':
      return REFERENCED_EVENT_ID;
    case 'text':
      // Short texts include identifiers (an origin record id), so no spaces.
      return input.long === true ? 'A longer description.' : 'Short-text';
    case 'group':
    case 'list':
      return '';
  }
}

function fillInput(input: InputKind, path: string, mode: 'value' | 'unknown', out: Record<string, string>): void {
  if (input.kind === 'group') {
    fill(input.fields, path, mode, out);
  } else if (input.kind === 'list') {
    out[countKey(path)] = '1';
    fillInput(input.item, childPath(path, '0'), mode, out);
  } else if (input.kind === 'choices') {
    out[childPath(path, input.values[0] ?? '')] = 'yes';
  } else {
    // A register prefix is capital letters and digits.
    out[path] = path.endsWith('.prefix') ? 'CRP' : scalar(input);
  }
}

function fill(fields: readonly FieldSpec[], parent: string, mode: 'value' | 'unknown', out: Record<string, string>): void {
  for (const field of fields) {
    const path = childPath(parent, field.name);
    if (field.known === true && mode === 'unknown') out[knownKey(path)] = 'unknown';
    else fillInput(field.input, path, mode, out);
  }
}

/** Every field answered: with a value, or (mode `unknown`) with "unknown" wherever a Known allows it. */
export function filledValues(fields: readonly FieldSpec[], mode: 'value' | 'unknown'): Record<string, string> {
  const out: Record<string, string> = {};
  fill(fields, '', mode, out);
  return out;
}
