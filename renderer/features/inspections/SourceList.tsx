import { useTranslation } from 'react-i18next';
import type { Citation, LegalForce } from '@shared/inspection/sources';
import { formatCitation } from '@shared/inspection/sources';
import { FORCE_KEYS } from './labels';

/** Legal force by shape as well as colour: a binding obligation is never mistaken for a recommendation. */
const FORCE_MARKS: Readonly<Record<LegalForce, string>> = { binding: '§', standard: '◆', recommendation: '○' };

type SourceListProps = { sources: readonly Citation[]; id?: string };

/** The instruments an item or figure comes from, each with how hard it binds and whether it is still to verify. */
export function SourceList({ sources, id }: SourceListProps) {
  const { t } = useTranslation();
  return (
    <ul className="source-list" id={id} aria-label={t('inspections.sources.label')}>
      {sources.map((source) => (
        <li key={formatCitation(source)} className="source">
          <span className={`force force-${source.force}`}>
            <span aria-hidden="true">{FORCE_MARKS[source.force]}</span> {t(FORCE_KEYS[source.force])}
          </span>{' '}
          <bdi className="source-ref">{formatCitation(source)}</bdi>
          {source.toVerify === true ? <span className="tag tag-verify">{t('inspections.indicators.toVerify')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
