/**
 * Turns schema issues into problems a person can act on: a stable code for the UI's
 * translation catalogue, the path to the offending member (`$.sections[2].items[0].kind`)
 * and parameters such as the expected type or the allowed values. Problems never repeat
 * the file's values (they may be large or hostile), only member names, shortened.
 */
import type { z } from 'zod';

/** Codes of template problems. */
export const TEMPLATE_PROBLEM_CODES = [
  'too-large',
  'syntax',
  'reserved-key',
  'lone-surrogate',
  'too-deep',
  'not-json',
  'missing',
  'wrong-type',
  'unknown-key',
  'not-allowed',
  'bad-format',
  'too-short',
  'too-long',
  'too-few',
  'too-many',
  'too-small',
  'too-big',
  'invalid-text',
  'reserved-template-id',
  'unit-required',
  'unit-not-allowed',
  'better-not-allowed',
  'indicator-not-allowed',
  'duplicate-regime',
  'duplicate-id',
  'too-many-items',
  'invalid',
] as const;
/** One of TEMPLATE_PROBLEM_CODES. */
export type TemplateProblemCode = (typeof TEMPLATE_PROBLEM_CODES)[number];

/** Why a template file was refused, and where. */
export type TemplateProblem = {
  readonly code: TemplateProblemCode;
  /** `$` is the file's top level; members as `.name`, array elements as `[index]`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | number>>;
};

const PLAIN_MEMBER_NAME = /^[A-Za-z_$][\w$]{0,39}$/;
const MEMBER_NAME_SHOWN_CHARS = 40;

/** A path as `$.sections[0].items[1].id`; odd member names escaped and shortened. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    const name = String(part);
    if (PLAIN_MEMBER_NAME.test(name)) return `${text}.${name}`;
    return `${text}[${JSON.stringify(name.slice(0, MEMBER_NAME_SHOWN_CHARS))}]`;
  }, '$');
}

function isCode(value: unknown): value is TemplateProblemCode {
  return typeof value === 'string' && (TEMPLATE_PROBLEM_CODES as readonly string[]).includes(value);
}

function hasMember(root: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = root;
  for (const part of path) {
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, part)) return false;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return true;
}

type Mapped = { code: TemplateProblemCode; params?: Record<string, string | number> };

function sizeProblem(issue: z.core.$ZodIssueTooBig | z.core.$ZodIssueTooSmall, isBig: boolean): Mapped {
  const limit = Number(isBig ? (issue as z.core.$ZodIssueTooBig).maximum : (issue as z.core.$ZodIssueTooSmall).minimum);
  const key = isBig ? 'maximum' : 'minimum';
  if (issue.origin === 'string') return { code: isBig ? 'too-long' : 'too-short', params: { [key]: limit } };
  if (issue.origin === 'array') return { code: isBig ? 'too-many' : 'too-few', params: { [key]: limit } };
  return { code: isBig ? 'too-big' : 'too-small', params: { [key]: limit } };
}

function customProblem(issue: z.core.$ZodIssueCustom): Mapped {
  const params = issue.params ?? {};
  const problem: unknown = params['problem'];
  if (isCode(problem)) {
    const extra = Object.fromEntries(
      Object.entries(params).filter((entry): entry is [string, string | number] => entry[0] !== 'problem'),
    );
    return { code: problem, params: extra };
  }
  if (issue.message === 'must not be a reserved name') return { code: 'reserved-key' };
  return { code: 'invalid-text' };
}

function mapIssue(issue: z.core.$ZodIssue, root: unknown): Mapped {
  switch (issue.code) {
    case 'invalid_type':
      return hasMember(root, issue.path) ? { code: 'wrong-type', params: { expected: issue.expected } } : { code: 'missing' };
    case 'unrecognized_keys':
      return { code: 'unknown-key', params: { keys: issue.keys.map((key) => key.slice(0, MEMBER_NAME_SHOWN_CHARS)).join(', ') } };
    case 'invalid_value':
      return { code: 'not-allowed', params: { allowed: issue.values.map(String).join(', ') } };
    case 'invalid_union':
      return { code: 'invalid' };
    case 'invalid_format':
      return { code: 'bad-format', params: { format: issue.format } };
    case 'too_big':
      return sizeProblem(issue, true);
    case 'too_small':
      return sizeProblem(issue, false);
    case 'custom':
      return customProblem(issue);
    case 'not_multiple_of':
    case 'invalid_key':
    case 'invalid_element':
      return { code: 'invalid' };
  }
}

/** Located problems from zod issues, at most `limit`. `root` is the parsed file, to tell missing from mistyped. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[], root: unknown, limit: number): TemplateProblem[] {
  return issues.slice(0, limit).map((issue) => {
    const mapped = mapIssue(issue, root);
    return { code: mapped.code, path: formatPath(issue.path), params: mapped.params ?? {} };
  });
}
