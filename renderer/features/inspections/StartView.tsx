import { useTranslation } from 'react-i18next';
import { Banner } from '../../ui/Banner';
import { DiscardDraftButton } from '../drafts';
import { DraftCard } from './DraftCard';
import { inspectionDraftKit } from './draftKit';
import { useInspectionsStore } from './inspectionsStore';
import { StartForm } from './StartForm';

/** Where an inspection begins: the one in progress if there is one (only one at a time, so none is forgotten), else a new one. */
export function StartView() {
  const { t } = useTranslation();
  const load = useInspectionsStore((state) => state.load);
  const draft = useInspectionsStore((state) => state.draft);
  if (load === 'unknown' || load === 'loading') return <p role="status">{t('inspections.draft.loading')}</p>;
  if (load === 'unreadable') {
    return (
      <Banner tone="warning" title={t('inspections.draft.unreadableTitle')}>
        <p>{t('inspections.draft.unreadableBody')}</p>
        <DiscardDraftButton kit={inspectionDraftKit} />
      </Banner>
    );
  }
  return draft === null ? <StartForm /> : <DraftCard draft={draft} />;
}
