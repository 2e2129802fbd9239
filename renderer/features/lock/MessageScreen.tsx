import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';

type MessageScreenProps = { title: string; children: ReactNode };

/** A screen that only explains why the app cannot go further, and what to do. */
export function MessageScreen({ title, children }: MessageScreenProps) {
  const { t } = useTranslation();
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })}>
      <div className="section lock-card">{children}</div>
    </Page>
  );
}
