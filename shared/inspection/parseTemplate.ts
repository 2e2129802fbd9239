/**
 * Reading a template file someone chose to import (a national profile, an organisation's
 * own checklist). Never throws for bad input: every refusal is a list of located
 * problems. The file may be canonical JSON or ordinary, hand-edited JSON; either way
 * reserved member names (`__proto__`, `constructor`, `prototype`) are refused anywhere,
 * and the result passes the same schema as the `template.imported` payload.
 */
import { assertJsonValue, CanonicalJsonError, parseCanonical } from '../crypto/canonicalJson';
import type { Result } from '../util/result';
import { err, ok } from '../util/result';
import { BUILT_IN_TEMPLATE_ID_PREFIX } from './templates/builtInIds';
import type { Template } from './template';
import { templateSchema } from './template';
import type { TemplateProblem } from './templateProblems';
import { problemsFromIssues } from './templateProblems';

/** Largest template file accepted, in UTF-16 units (the built-in template is well under a tenth). */
export const TEMPLATE_FILE_MAX_CHARS = 1_048_576;
/** Most problems reported for one file; a file with more is reported by its first ones. */
export const MAX_REPORTED_PROBLEMS = 50;

const BYTE_ORDER_MARK = '\uFEFF';

function problem(code: TemplateProblem['code'], path = '$', params: TemplateProblem['params'] = {}): TemplateProblem {
  return { code, path, params };
}

function fromJsonError(error: CanonicalJsonError): TemplateProblem {
  switch (error.code) {
    case 'reserved-key':
    case 'lone-surrogate':
    case 'too-deep':
      return problem(error.code, error.path);
    case 'syntax':
      return problem('syntax');
    case 'not-json':
    case 'non-finite-number':
    case 'cycle':
    case 'not-canonical':
      return problem('not-json', error.path);
  }
}

/** The file's JSON value: canonical JSON as is, otherwise ordinary JSON, checked member by member. */
function readJson(text: string): Result<unknown, TemplateProblem> {
  try {
    return ok(parseCanonical(text));
  } catch (error) {
    if (!(error instanceof CanonicalJsonError)) throw error;
    if (error.code !== 'not-canonical') return err(fromJsonError(error));
  }
  try {
    const value: unknown = JSON.parse(text);
    assertJsonValue(value);
    return ok(value);
  } catch (error) {
    if (error instanceof CanonicalJsonError) return err(fromJsonError(error));
    return err(problem('syntax'));
  }
}

/**
 * A template from the text of a file, or every problem found (up to MAX_REPORTED_PROBLEMS).
 * Ids starting with `habeas.` are reserved for built-in templates, which an import must
 * never shadow.
 */
export function parseTemplate(text: string): Result<Template, TemplateProblem[]> {
  if (text.length > TEMPLATE_FILE_MAX_CHARS) {
    return err([problem('too-large', '$', { maximum: TEMPLATE_FILE_MAX_CHARS })]);
  }
  // Editors on Windows often save JSON with a byte-order mark, which JSON.parse refuses.
  const json = readJson(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text);
  if (!json.ok) return err([json.error]);
  const parsed = templateSchema.safeParse(json.value);
  if (!parsed.success) return err(problemsFromIssues(parsed.error.issues, json.value, MAX_REPORTED_PROBLEMS));
  if (parsed.data.id.startsWith(BUILT_IN_TEMPLATE_ID_PREFIX)) return err([problem('reserved-template-id', '$.id')]);
  return ok(parsed.data);
}
