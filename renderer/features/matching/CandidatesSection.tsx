import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { MatchCandidate } from '@shared/oversight/matching';
import { useFormat } from '../../i18n/useFormat';
import { Banner } from '../../ui/Banner';
import { Button } from '../../ui/Button';
import { ProgressBar } from '../../ui/ProgressBar';
import { Section } from '../../ui/Section';
import { CandidateCard } from './CandidateCard';
import type { CandidatesView } from './queries';

/** How many pairs are shown at first, and added by "Show more": each card is long. */
const PAGE = 20;

type CandidateListProps = {
  candidates: readonly MatchCandidate[];
  records: ReadonlyMap<string, CustodyRecord>;
  facilityNames: ReadonlyMap<string, string>;
  canDecide: boolean;
};

/** Proposed pairs, best score first. */
function CandidateList({ candidates, records, facilityNames, canDecide }: CandidateListProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(PAGE);
  return (
    <Section title={t('matching.candidates.title')} hint={t('matching.candidates.hint', { shown: format.number(Math.min(shown, candidates.length)), total: format.number(candidates.length) })}>
      {candidates.length === 0 ? <p>{t('matching.candidates.empty')}</p> : null}
      {candidates.slice(0, shown).map((candidate) => {
        const first = records.get(candidate.a);
        const second = records.get(candidate.b);
        if (first === undefined || second === undefined) return null;
        return <CandidateCard key={candidate.key} candidate={candidate} first={first} second={second} facilityNames={facilityNames} canDecide={canDecide} />;
      })}
      {shown < candidates.length ? <Button onClick={() => { setShown(shown + PAGE); }}>{t('matching.candidates.more')}</Button> : null}
    </Section>
  );
}

type CandidatesSectionProps = Omit<CandidateListProps, 'candidates'> & { view: CandidatesView };

/** The proposed pairs once found; while they are being found, a status saying so (the screen stays usable). */
export function CandidatesSection({ view, ...list }: CandidatesSectionProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (view.status === 'ready') return <CandidateList candidates={view.candidates} {...list} />;
  return (
    <Section title={t('matching.candidates.title')}>
      {view.status === 'failed' ? (
        <Banner tone="error" title={t('matching.candidates.failed')} />
      ) : (
        <div role="status" className="matching-computing">
          <ProgressBar
            label={t('matching.candidates.computing')}
            value={view.done}
            max={Math.max(1, view.records)}
            valueText={t('matching.candidates.progress', { done: format.number(view.done), total: format.number(view.records) })}
          />
          <p className="field-hint">{t('matching.candidates.computingText')}</p>
        </div>
      )}
    </Section>
  );
}
