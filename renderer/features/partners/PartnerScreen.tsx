import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { Banner } from '../../ui/Banner';
import { Page } from '../../ui/Page';
import { useCan } from '../../vault/useCan';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentSection } from './AssessmentSection';
import { DecisionsSection } from './DecisionsSection';
import { MeasuresSection } from './MeasuresSection';
import { ProfileSection } from './ProfileSection';
import { usePartner } from './queries';
import { PARTNERS_PATH } from './routes';

/** One partner: its profile, its assessments (every version kept), its mitigation plan and the decisions taken. */
export function PartnerScreen() {
  const { t } = useTranslation();
  const { partnerId = '' } = useParams();
  const [params] = useSearchParams();
  const partner = usePartner(partnerId);
  const canWrite = useCan('partners.write');
  const name = partner?.profile?.name ?? t('partners.list.unnamed');
  if (partner === undefined) {
    return (
      <Page title={t('partners.detail.notFound')} documentTitle={t('frame.documentTitle', { page: t('partners.title') })}>
        <Banner tone="warning" title={t('partners.detail.notFound')}>
          <Link to={PARTNERS_PATH}>{t('partners.detail.back')}</Link>
        </Banner>
      </Page>
    );
  }
  const isAssessing = params.get('view') === 'assess' && canWrite;
  return (
    <Page title={isAssessing ? t('partners.assess.title', { name }) : name} documentTitle={t('frame.documentTitle', { page: name })}>
      <p className="no-print">
        <Link to={PARTNERS_PATH}>{t('partners.detail.back')}</Link>
      </p>
      {isAssessing ? (
        <AssessmentForm partner={partner} />
      ) : (
        <>
          <ProfileSection partner={partner} />
          <AssessmentSection partner={partner} shownVersion={Number(params.get('version') ?? '0')} />
          <MeasuresSection partner={partner} />
          <DecisionsSection partner={partner} />
        </>
      )}
    </Page>
  );
}
