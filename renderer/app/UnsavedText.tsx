import { useId } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';

type UnsavedTextProps = {
  text: string;
  textRef: RefObject<HTMLTextAreaElement | null>;
};

/** The crashed screen's typed text, read-only but selectable, so it can always be copied by hand. */
export function UnsavedText({ text, textRef }: UnsavedTextProps) {
  const { t } = useTranslation();
  const textId = useId();
  if (text === '') return <p>{t('crash.noUnsavedText')}</p>;
  return (
    <div className="field">
      <label htmlFor={textId} className="field-label">
        {t('crash.unsavedLabel')}
      </label>
      <textarea id={textId} ref={textRef} className="unsaved-text" readOnly value={text} />
    </div>
  );
}
