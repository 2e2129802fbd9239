import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type SkipLinkProps = {
  targetRef: RefObject<HTMLElement | null>;
};

/** Moves focus past the header and navigation. Focus is moved by hand: under the hash router a `#main` link would navigate. */
export function SkipLink({ targetRef }: SkipLinkProps) {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#main-content"
      onClick={(event) => {
        event.preventDefault();
        targetRef.current?.focus();
      }}
    >
      {t('frame.skipToContent')}
    </a>
  );
}
