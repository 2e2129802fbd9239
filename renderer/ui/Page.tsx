import { useEffect } from 'react';
import type { ReactNode } from 'react';

type PageProps = {
  title: string;
  /** The window title, such as "Settings – Habeas". */
  documentTitle: string;
  intro?: string;
  children: ReactNode;
};

/** A screen's heading and body. The heading can take focus so navigation can move focus to it. */
export function Page({ title, documentTitle, intro, children }: PageProps) {
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);

  return (
    <div className="page">
      <div className="page-header">
        <h1 className="page-title" tabIndex={-1}>
          {title}
        </h1>
        {intro ? <p className="page-intro">{intro}</p> : null}
      </div>
      {children}
    </div>
  );
}
