import type { ReactNode } from 'react';
import { useId } from 'react';

type ChartFigureProps = {
  caption: string;
  /** The chart, drawn for sighted readers; hidden from screen readers, who get `children`. Null when there is nothing to draw. */
  chart: ReactNode;
  /** The same figures as a table or a summary. */
  children: ReactNode;
};

/**
 * A chart with its caption and its figures. The drawing is hidden from assistive
 * technology because the table beside it says the same thing more precisely; charts
 * read left to right (time runs that way) in every language.
 */
export function ChartFigure({ caption, chart, children }: ChartFigureProps) {
  const captionId = useId();
  return (
    <figure className="chart-figure" aria-labelledby={captionId}>
      <figcaption id={captionId} className="chart-figure-caption">
        {caption}
      </figcaption>
      {chart === null ? null : (
        <div className="chart-figure-drawing" dir="ltr" aria-hidden="true">
          {chart}
        </div>
      )}
      {children}
    </figure>
  );
}
