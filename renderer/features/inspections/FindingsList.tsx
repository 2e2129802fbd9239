import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_LABELS } from '@shared/inspection/categories';
import type { Finding } from '@shared/inspection/summary';
import { RATING_KEYS } from './labels';
import { useTemplateLanguage } from './queries';
import { SourceList } from './SourceList';

type FindingsListProps = {
  findings: readonly Finding[];
  /** What can be done about a finding here, such as opening a corrective action. */
  renderActions?: (finding: Finding) => ReactNode;
};

/** Items short of compliant, with what was seen and the standard each falls short of. */
export function FindingsList({ findings, renderActions }: FindingsListProps) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  if (findings.length === 0) return <p>{t('inspections.findings.none')}</p>;
  return (
    <ol className="findings">
      {findings.map((finding) => (
        <li key={finding.item.id} className={`finding finding-${finding.rating}`}>
          <p className="finding-head">
            <span className="finding-rating">{t(RATING_KEYS[finding.rating])}</span>
            <span className="finding-category">{CATEGORY_LABELS[finding.category][language]}</span>
          </p>
          <p className="finding-label">{finding.item.label[language]}</p>
          {finding.note === undefined ? null : (
            <p className="finding-note">
              <span className="finding-note-label">{t('inspections.findings.observed')}</span> {finding.note}
            </p>
          )}
          <SourceList sources={finding.item.source} />
          {renderActions?.(finding)}
        </li>
      ))}
    </ol>
  );
}
