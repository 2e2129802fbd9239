import type { ReactNode } from 'react';
import { useId } from 'react';

type ChartFigureProps = {
  caption: string;
  /** The chart, drawn for sighted readers; hidden from screen readers, who get `children`. */
  chart: ReactNode;
  /** The same figures as a table. */
  children: ReactNode;
};

/**
 * A chart with its caption and its figures. The drawing is hidden from assistive
 * technology because the table beside it says the same more precisely; time runs left
 * to right in every language.
 */
export function ChartFigure({ caption, chart, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    <figure className="monitoring-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="monitoring-figure-caption">{caption}</figcaption>
      <div className="monitoring-chart" dir="ltr" aria-hidden="true">{chart}</div>
      {children}
    </figure>
  );
}
