import { useEffect, useRef, useState } from 'react';

/**
 * Files dropped on an element. The listeners are attached directly: dropping is a mouse
 * shortcut for the file button next to it, which keyboard and screen-reader users use.
 */
export function useDropTarget<E extends HTMLElement>(onDrop: (files: FileList) => void, isEnabled: boolean) {
  const ref = useRef<E>(null);
  const [isOver, setOver] = useState(false);
  const latest = useRef(onDrop);
  useEffect(() => {
    latest.current = onDrop;
  });
  useEffect(() => {
    const element = ref.current;
    if (element === null) return undefined;
    const over = (event: DragEvent): void => {
      event.preventDefault();
      setOver(isEnabled);
    };
    const leave = (): void => {
      setOver(false);
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      setOver(false);
      if (isEnabled && event.dataTransfer !== null) latest.current(event.dataTransfer.files);
    };
    element.addEventListener('dragover', over);
    element.addEventListener('dragleave', leave);
    element.addEventListener('drop', drop);
    return () => {
      element.removeEventListener('dragover', over);
      element.removeEventListener('dragleave', leave);
      element.removeEventListener('drop', drop);
    };
  }, [isEnabled]);
  return [ref, isOver] as const;
}
