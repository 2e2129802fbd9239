import { useEffect, useEffectEvent, useState } from 'react';
import { yieldToUi } from '../../ledger/yieldToUi';

/** A slice of work runs about this long before the browser may paint and take input. */
const SLICE_MS = 8;
/** Progress is reported this often, not after every slice, so the screen re-renders rarely. */
const REPORT_EVERY_MS = 250;

/** How far a pass over a list has gone. */
export type PassProgress = { readonly isDone: boolean; readonly done: number; readonly total: number };

type PassState<T> = { readonly items: readonly T[] | null; readonly done: number; readonly isDone: boolean };

/**
 * Calls `visit(items, from, to)` over `items` in short slices, yielding to the browser in
 * between, while `isWanted`; starts again when the list changes. For work over 100k
 * records (reading every name, checking every safeguard) that must never freeze typing
 * or scrolling. `visit` may change between renders; the latest one is called.
 */
export function useSlicedPass<T>(items: readonly T[], isWanted: boolean, visit: (items: readonly T[], from: number, to: number) => void): PassProgress {
  const [state, setState] = useState<PassState<T>>({ items: null, done: 0, isDone: false });
  const visitSlice = useEffectEvent(visit);
  useEffect(() => {
    if (!isWanted) return;
    let isCurrent = true;
    const run = async () => {
      let from = 0;
      let reportedAt = performance.now();
      // Slices grow or shrink so that each takes about SLICE_MS, whatever a record costs.
      let step = 64;
      while (from < items.length) {
        const started = performance.now();
        visitSlice(items, from, from + step);
        from += step;
        const took = performance.now() - started;
        step = Math.max(16, Math.round((step * SLICE_MS) / Math.max(took, 0.5)));
        if (performance.now() - reportedAt > REPORT_EVERY_MS) {
          reportedAt = performance.now();
          setState({ items, done: Math.min(from, items.length), isDone: false });
        }
        await yieldToUi();
        if (!isCurrent) return;
      }
      setState({ items, done: items.length, isDone: true });
    };
    void run();
    return () => {
      isCurrent = false;
    };
  }, [items, isWanted]);
  const isCurrentList = state.items === items;
  return { isDone: isCurrentList && state.isDone, done: isCurrentList ? state.done : 0, total: items.length };
}
