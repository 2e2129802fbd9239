import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { MatchCandidate } from '@shared/oversight/matching';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { useSession } from '../../vault/useSession';
import type { PairDecision } from './commands';
import { decidePair } from './commands';
import { DecisionDialog } from './DecisionDialog';
import { ReasonList } from './ReasonList';
import { RecordSummary } from './RecordSummary';

type CandidateCardProps = {
  candidate: MatchCandidate;
  first: CustodyRecord;
  second: CustodyRecord;
  facilityNames: ReadonlyMap<string, string>;
  canDecide: boolean;
};

/** A proposed pair: both records side by side, why they may be one person, and the adviser's decision. */
export function CandidateCard({ candidate, first, second, facilityNames, canDecide }: CandidateCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const titleId = useId();
  const [deciding, setDeciding] = useState<PairDecision | undefined>(undefined);
  const pairName = t('matching.candidate.pairName', { first: first.registerLabel, second: second.registerLabel });
  return (
    <article className="matching-candidate" aria-labelledby={titleId}>
      <h2 id={titleId} className="matching-candidate-title">
        <span className="matching-score">{t('matching.candidate.score', { score: format.number(candidate.score) })}</span>{' '}
        <bdi dir="ltr" translate="no">{first.registerLabel}</bdi> {t('matching.candidate.and')} <bdi dir="ltr" translate="no">{second.registerLabel}</bdi>
      </h2>
      <div className="matching-pair">
        <RecordSummary record={first} facilityName={facilityNames.get(first.ledger)} />
        <RecordSummary record={second} facilityName={facilityNames.get(second.ledger)} />
      </div>
      <ReasonList reasons={candidate.reasons} label={t('matching.candidate.reasons')} />
      {canDecide ? (
        <div className="matching-actions">
          <Button variant="primary" onClick={() => { setDeciding('confirmed'); }}>{t('matching.candidate.confirm')}</Button>
          <Button onClick={() => { setDeciding('rejected'); }}>{t('matching.candidate.reject')}</Button>
        </div>
      ) : null}
      {deciding === undefined ? null : (
        <DecisionDialog
          title={deciding === 'confirmed' ? t('matching.dialog.confirmTitle') : t('matching.dialog.rejectTitle')}
          explanation={deciding === 'confirmed' ? t('matching.dialog.confirmExplanation', { pair: pairName }) : t('matching.dialog.rejectExplanation', { pair: pairName })}
          actionLabel={deciding === 'confirmed' ? t('matching.dialog.confirmAction') : t('matching.dialog.rejectAction')}
          variant="primary"
          onDecide={(note) => decidePair(session, candidate, deciding, note)}
          onClose={() => { setDeciding(undefined); }}
        />
      )}
    </article>
  );
}
