import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CustodyRecord } from '@shared/custody/projection/types';
import type { MatchCandidate } from '@shared/oversight/matching';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { Section } from '../../ui/Section';
import { CandidateCard } from './CandidateCard';

/** How many pairs are shown at first, and added by "Show more": each card is long. */
const PAGE = 20;

type CandidatesSectionProps = {
  candidates: readonly MatchCandidate[];
  records: ReadonlyMap<string, CustodyRecord>;
  facilityNames: ReadonlyMap<string, string>;
  canDecide: boolean;
};

/** Proposed pairs, best score first. */
export function CandidatesSection({ candidates, records, facilityNames, canDecide }: CandidatesSectionProps) {
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
