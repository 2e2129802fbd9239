import { useTranslation } from 'react-i18next';
import { Page } from '../../ui/Page';
import { useCan } from '../../vault/useCan';
import { CandidatesSection } from './CandidatesSection';
import { DecidedSection } from './DecidedSection';
import { useFacilityNames, useMatchCandidates, useRecordsById, useStandingDecisions } from './queries';

/** Person matching across facilities and scripts: proposed pairs, and the decisions taken on them. */
export function MatchingScreen() {
  const { t } = useTranslation();
  const records = useRecordsById();
  const facilityNames = useFacilityNames();
  const candidates = useMatchCandidates();
  const decisions = useStandingDecisions();
  const canDecide = useCan('matching.write');
  const title = t('matching.title');
  return (
    <Page title={title} documentTitle={t('frame.documentTitle', { page: title })} intro={t('matching.intro')}>
      <div className="matching-view">
        {canDecide ? null : <p className="matching-readonly">{t('matching.readOnly')}</p>}
        <DecidedSection decisions={decisions} records={records} facilityNames={facilityNames} canDecide={canDecide} />
        <CandidatesSection view={candidates} records={records} facilityNames={facilityNames} canDecide={canDecide} />
      </div>
    </Page>
  );
}
