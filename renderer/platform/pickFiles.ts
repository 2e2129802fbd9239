import type { FileFilter } from './types';

/** The `accept` attribute for a file input; any `*` filter means every file is offered. */
export function acceptAttribute(filters: readonly FileFilter[]): string {
  const extensions = filters.flatMap((filter) => filter.extensions);
  if (extensions.length === 0 || extensions.includes('*')) return '';
  return extensions.map((extension) => `.${extension}`).join(',');
}

/**
 * Opens the browser's file picker through a detached file input. Resolves with the chosen
 * files, or null when the user closes the picker without choosing.
 */
export function pickFiles(doc: Document, filters: readonly FileFilter[], multiple: boolean): Promise<File[] | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = acceptAttribute(filters);
    input.multiple = multiple;
    input.addEventListener('change', () => {
      resolve(Array.from(input.files ?? []));
    });
    input.addEventListener('cancel', () => {
      resolve(null);
    });
    input.click();
  });
}
