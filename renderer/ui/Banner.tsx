import type { ReactNode } from 'react';

type BannerProps = {
  tone: 'info' | 'warning' | 'error';
  title: string;
  children?: ReactNode;
};

/** A message that stays on screen until its cause is gone; warnings and errors are announced at once. */
export function Banner({ tone, title, children }: BannerProps) {
  return (
    <div className={`banner banner-${tone}`} role={tone === 'info' ? 'status' : 'alert'}>
      <p className="banner-title">{title}</p>
      {children ? <div className="banner-body">{children}</div> : null}
    </div>
  );
}
