/**
 * Descriptors of payload fields: what a form shows for each member of a custody event's
 * payload (label, input kind, whether it takes an explicit unknown). One small table per
 * event type drives the form, the display of a recorded event and the correction editor,
 * so the three never disagree about a field.
 */
import type { CustodyEventType } from '@shared/custody/eventTypes';
import type { TranslationKey } from '../../../i18n/translationKey';

/** Register vocabularies custody common labels (useCustodyLabels), by the label function's name. */
export type Vocabulary = 'legalCategory' | 'legalRegime' | 'sex' | 'genderIdentity' | 'quarters' | 'ageGroup' | 'statusGroup' | 'documentHeldBy';

/** Labels of a choice's values: our own keys, or one of custody common's vocabularies. */
export type ChoiceLabels = Readonly<Record<string, TranslationKey>> | Vocabulary;

/** How one value is entered. Every kind but `group` and `list` is a single control. */
export type InputKind =
  | { readonly kind: 'text'; readonly long?: true }
  | { readonly kind: 'instant' }
  | { readonly kind: 'date' }
  | { readonly kind: 'partialDate' }
  | { readonly kind: 'number'; readonly min: number; readonly max: number }
  | { readonly kind: 'boolean' }
  | { readonly kind: 'choice'; readonly values: readonly string[]; readonly labels: ChoiceLabels }
  | { readonly kind: 'choices'; readonly values: readonly string[]; readonly labels: ChoiceLabels }
  | { readonly kind: 'event'; readonly eventType: CustodyEventType }
  | { readonly kind: 'group'; readonly fields: readonly FieldSpec[] }
  | { readonly kind: 'list'; readonly item: InputKind; readonly itemLabel: TranslationKey };

/** One payload member. */
export type FieldSpec = {
  /** The payload member's name. */
  readonly name: string;
  /** Our label; absent for admission fields and their members, which custody common names by path. */
  readonly label?: TranslationKey;
  readonly hint?: TranslationKey;
  readonly input: InputKind;
  /** The member is a Known: a value, or unknown / refused / not applicable. */
  readonly known?: true;
  /** The member may be left out. */
  readonly optional?: true;
  /** Shown only while a sibling choice holds one of these values (a delay reason when the notice was delayed). */
  readonly when?: { readonly field: string; readonly is: readonly string[] };
};

/** Who may record an event type. */
export type WriteCapability = 'register.write' | 'medical.write';

/** The form of one later event type. */
export type EventSpec = {
  readonly type: CustodyEventType;
  readonly capability: WriteCapability;
  readonly fields: readonly FieldSpec[];
};

/** A form path: payload path without the `value` steps of Knowns (as validation names fields). */
export function childPath(parent: string, name: string): string {
  return parent === '' ? name : `${parent}.${name}`;
}

/** The descriptor at a form path under `fields` (list items are their list's item), or undefined. */
export function specAtPath(fields: readonly FieldSpec[], path: string): FieldSpec | undefined {
  const [head = '', ...rest] = path.split('.');
  const spec = fields.find((field) => field.name === head);
  if (spec === undefined || rest.length === 0) return spec;
  return specInInput(spec.input, rest);
}

function specInInput(input: InputKind, segments: readonly string[]): FieldSpec | undefined {
  const [head = '', ...rest] = segments;
  if (input.kind === 'group') return specAtPath(input.fields, segments.join('.'));
  if (input.kind === 'list' && /^\d+$/.test(head)) {
    const item: FieldSpec = { name: head, input: input.item };
    return rest.length === 0 ? item : specInInput(input.item, rest);
  }
  return undefined;
}
