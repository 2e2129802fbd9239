import { useEffect } from 'react';

/** Ctrl+S (Cmd+S) saves at once, as people expect of any editor, instead of the browser's "save page". */
export function useSaveShortcut(save: () => unknown): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        save();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [save]);
}
