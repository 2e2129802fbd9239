import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { unsavedTextInScope, useDraftsStore } from '../stores/draftsStore';
import { Button } from '../ui/Button';
import { UnsavedText } from './UnsavedText';
import { useCopyText } from './useCopyText';

type CrashPanelProps = {
  scope: string;
  error: Error;
  onRetry: () => void;
};

/** What a crashed screen turns into: an explanation, the user's unsaved text, and two ways out. */
export function CrashPanel({ scope, error, onRetry }: CrashPanelProps) {
  const { t } = useTranslation();
  const unsavedText = useDraftsStore((state) => unsavedTextInScope(state.drafts, scope));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const [copyStatus, copy] = useCopyText(textRef);

  // The crash removed whatever had focus; put it where the explanation starts.
  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  return (
    <div className="page">
      <div className="page-header">
        <h1 ref={headingRef} className="page-title" tabIndex={-1}>
          {t('crash.title')}
        </h1>
        <p className="page-intro">{t('crash.body')}</p>
      </div>
      <UnsavedText text={unsavedText} textRef={textRef} />
      <div className="button-row">
        <Button variant="primary" onClick={onRetry}>
          {t('crash.tryAgain')}
        </Button>
        {unsavedText === '' ? null : <Button onClick={() => void copy(unsavedText)}>{t('crash.copy')}</Button>}
      </div>
      <p role="status">{copyStatus === 'idle' ? '' : t(copyStatus === 'copied' ? 'crash.copied' : 'crash.copyFailed')}</p>
      <details className="technical-details">
        <summary>{t('crash.technicalDetails')}</summary>
        <pre>{`${error.name}: ${error.message}`}</pre>
      </details>
    </div>
  );
}
