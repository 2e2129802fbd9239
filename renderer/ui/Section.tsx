import { useId } from 'react';
import type { ReactNode, Ref } from 'react';

type SectionProps = {
  title: string;
  hint?: string;
  children: ReactNode;
  /** Given when the owner moves focus to the heading (e.g. on the next step of a wizard). */
  headingRef?: Ref<HTMLHeadingElement>;
};

export function Section({ title, hint, children, headingRef }: SectionProps) {
  const titleId = useId();
  return (
    <section className="section" aria-labelledby={titleId}>
      <h2 id={titleId} ref={headingRef} tabIndex={headingRef === undefined ? undefined : -1} className="section-title">
        {title}
      </h2>
      {hint ? <p className="section-hint">{hint}</p> : null}
      {children}
    </section>
  );
}
