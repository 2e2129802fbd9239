export type Figure = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly hint?: string;
  /** The value is words (nothing to measure), shown smaller than a number. */
  readonly isMuted?: boolean;
};

/** Headline figures as a description list: each number with what it counts. */
export function FigureList({ figures }: { figures: readonly Figure[] }) {
  return (
    <dl className="population-figures">
      {figures.map((figure) => (
        <div key={figure.id} className="population-figure-item">
          <dt className="population-figure-label">{figure.label}</dt>
          <dd className={figure.isMuted === true ? 'population-figure-value population-figure-value-muted' : 'population-figure-value'}>{figure.value}</dd>
          {figure.hint === undefined ? null : <dd className="population-figure-hint">{figure.hint}</dd>}
        </div>
      ))}
    </dl>
  );
}
