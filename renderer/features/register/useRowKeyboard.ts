import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import { REGISTER_ROW_PX } from './columnLabels';

/** Where the arrow keys (and Page Up/Down, Home, End) move the active row. */
function targetIndex(key: string, index: number, count: number, pageRows: number): number | undefined {
  switch (key) {
    case 'ArrowDown':
      return Math.min(count - 1, index + 1);
    case 'ArrowUp':
      return Math.max(0, index - 1);
    case 'PageDown':
      return Math.min(count - 1, index + pageRows);
    case 'PageUp':
      return Math.max(0, index - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

type RowKeyboard = {
  /** The row Tab reaches: the active one if it is drawn, else the first drawn. */
  readonly tabbableIndex: (drawn: readonly number[]) => number;
  readonly onRowKeyDown: (event: KeyboardEvent<HTMLAnchorElement>, index: number) => void;
};

/**
 * One row of the list is reachable by Tab (a roving tab stop); the arrow keys, Page Up/Down,
 * Home and End move it, scroll it into view (it may not be drawn yet) and focus its link
 * once drawn. Enter then follows the link.
 */
export function useRowKeyboard(scrollRef: RefObject<HTMLElement | null>, count: number, scrollToIndex: (index: number) => void): RowKeyboard {
  const [active, setActive] = useState(0);
  const focusWhenDrawn = useRef(false);
  const activeIndex = Math.min(active, Math.max(0, count - 1));
  useEffect(() => {
    if (!focusWhenDrawn.current) return;
    const link = scrollRef.current?.querySelector<HTMLAnchorElement>(`[data-index="${String(activeIndex)}"] .register-row-link`);
    if (link === null || link === undefined) return;
    focusWhenDrawn.current = false;
    link.focus();
  });
  const onRowKeyDown = useCallback(
    (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
      const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / REGISTER_ROW_PX) - 1);
      const target = targetIndex(event.key, index, count, pageRows);
      if (target === undefined) return;
      event.preventDefault();
      focusWhenDrawn.current = true;
      setActive(target);
      scrollToIndex(target);
    },
    [scrollRef, count, scrollToIndex],
  );
  const tabbableIndex = (drawn: readonly number[]) => (drawn.includes(activeIndex) ? activeIndex : (drawn[0] ?? 0));
  return { tabbableIndex, onRowKeyDown };
}
