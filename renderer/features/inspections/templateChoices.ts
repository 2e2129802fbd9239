import { useMemo } from 'react';
import { importedTemplates, resolveTemplate } from '@shared/inspection/inspectionsProjection';
import type { Template, TemplateRef } from '@shared/inspection/template';
import { templateContentHash } from '@shared/inspection/template';
import { latestBuiltInTemplates } from '@shared/inspection/templates/builtInTemplates';
import { useInspectionsState } from './queries';

/** A template an inspection can start from, keyed by its content hash (two files may share id and version). */
export type TemplateChoice = { hash: string; template: Template; isBuiltIn: boolean };

/** The newest built-in templates first, then every imported one by id and version. */
export function useTemplateChoices(): TemplateChoice[] {
  const state = useInspectionsState();
  return useMemo(
    () => [
      ...latestBuiltInTemplates().map((template) => ({ hash: templateContentHash(template), template, isBuiltIn: true })),
      ...importedTemplates(state).map((record) => ({ hash: record.ref.contentHash, template: record.template, isBuiltIn: false })),
    ],
    [state],
  );
}

/** The template a reference names, if this installation holds it. */
export function useResolvedTemplate(ref: TemplateRef | undefined): Template | undefined {
  const state = useInspectionsState();
  return useMemo(() => (ref === undefined ? undefined : resolveTemplate(state, ref)), [state, ref]);
}
