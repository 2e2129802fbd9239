import { useId } from 'react';
import type { ReactNode } from 'react';

type SectionProps = {
  title: string;
  hint?: string;
  children: ReactNode;
};

export function Section({ title, hint, children }: SectionProps) {
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {hint ? <p className="section-hint">{hint}</p> : null}
      {children}
    </section>
  );
}
