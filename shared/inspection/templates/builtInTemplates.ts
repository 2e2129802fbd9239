/**
 * The templates that ship with the application, every released version of each, and
 * how an inspection's template reference is resolved: built-in templates by id, version
 * and hash; anything else from the templates imported into the ledger.
 */
import type { Template, TemplateRef } from '../template';
import { templateContentHash } from '../template';
import { DEFAULT_TEMPLATE_V1 } from './defaultTemplate';

/** Every released built-in template version. Old versions stay, so old inspections resolve. */
export const BUILT_IN_TEMPLATES: readonly Template[] = [DEFAULT_TEMPLATE_V1];

/** The template a new inspection starts from unless the user picks another. */
export const DEFAULT_TEMPLATE: Template = DEFAULT_TEMPLATE_V1;

const BUILT_IN_BY_HASH: ReadonlyMap<string, Template> = new Map(
  BUILT_IN_TEMPLATES.map((template) => [templateContentHash(template), template]),
);

/** The built-in template a reference names, if its id, version and content hash all match. */
export function findBuiltInTemplate(ref: TemplateRef): Template | undefined {
  const template = BUILT_IN_BY_HASH.get(ref.contentHash);
  return template?.id === ref.id && template.version === ref.version ? template : undefined;
}

/** The newest built-in version of each template id. */
export function latestBuiltInTemplates(): Template[] {
  const latest = new Map<string, Template>();
  for (const template of BUILT_IN_TEMPLATES) {
    const current = latest.get(template.id);
    if (current === undefined || current.version < template.version) latest.set(template.id, template);
  }
  return [...latest.values()];
}
