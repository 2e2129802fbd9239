/**
 * Reading a chosen template file: bytes to text (UTF-8, refused otherwise, so a wrongly
 * encoded Arabic label is never imported garbled), then shared/inspection's parser, which
 * locates every problem. Nothing here writes anything.
 */
import { parseTemplate } from '@shared/inspection/parseTemplate';
import type { Template } from '@shared/inspection/template';
import type { TemplateProblem } from '@shared/inspection/templateProblems';
import type { Result } from '@shared/util/result';
import { err } from '@shared/util/result';

/** A problem of the file itself, before its content can be read as a template. */
export type FileProblem = { readonly code: 'not-utf8'; readonly path: '$'; readonly params: Readonly<Record<string, never>> };
export type ImportProblem = TemplateProblem | FileProblem;

export function readTemplateFile(bytes: Uint8Array): Result<Template, ImportProblem[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return err([{ code: 'not-utf8', path: '$', params: {} }]);
  }
  return parseTemplate(text);
}
