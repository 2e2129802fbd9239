import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { localDateTimeOf } from '@shared/util/zonedTime';
import { toUtcIso } from '@shared/util/clock';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { DiscardDraftButton } from '../drafts';
import { newAdmissionDraft } from './admissionDraft';
import { useAdmissionStore } from './admissionStore';
import { AdmissionForm } from './AdmissionForm';
import { AdmittedDialog } from './AdmittedDialog';
import { admissionDraftKit, useAdmissionDraftPersistence } from './draftKit';
import { useFacility, useFacilityTimeZone } from './queries';

/** Once the sealed copy has been read and there was none (or it was admitted or discarded), a new admission starts. */
function useNewDraftWhenNone(): void {
  const load = useAdmissionStore((state) => state.load);
  const hasDraft = useAdmissionStore((state) => state.draft !== null);
  const hasAdmitted = useAdmissionStore((state) => state.admitted !== null);
  const facility = useFacility();
  const timeZone = useFacilityTimeZone();
  useEffect(() => {
    if (load !== 'loaded' || hasDraft || hasAdmitted) return;
    const now = new Date();
    useAdmissionStore.getState().startDraft(newAdmissionDraft({ facility, now: localDateTimeOf(now.getTime(), timeZone), startedAt: toUtcIso(now) }));
  }, [load, hasDraft, hasAdmitted, facility, timeZone]);
}

function AdmissionBody() {
  const { t } = useTranslation();
  const load = useAdmissionStore((state) => state.load);
  const draft = useAdmissionStore((state) => state.draft);
  const hasAdmitted = useAdmissionStore((state) => state.admitted !== null);
  if (hasAdmitted) return null;
  if (load === 'unreadable') {
    return (
      <Banner tone="error" title={t('admission.unreadable.title')}>
        <p>{t('admission.unreadable.body')}</p>
        <DiscardDraftButton kit={admissionDraftKit} />
      </Banner>
    );
  }
  if (draft === null) return <p role="status">{t('admission.loading')}</p>;
  return <AdmissionForm draft={draft} />;
}

/** Admit a person: the guided admission form, sealed as it is typed, and the confirmation with the register number. */
export function AdmissionScreen() {
  const { t } = useTranslation();
  const admitted = useAdmissionStore((state) => state.admitted);
  useAdmissionDraftPersistence();
  useNewDraftWhenNone();
  const title = t('admission.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('admission.intro')}>
      <AdmissionBody />
      {admitted === null ? null : <AdmittedDialog admitted={admitted} />}
    </Page>
  );
}
