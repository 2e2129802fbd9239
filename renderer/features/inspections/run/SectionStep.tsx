import { useId } from 'react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { TemplateSection } from '@shared/inspection/template';
import { isItemApplicable } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import type { InspectionDraft } from '../draft';
import { answerDraftOf } from '../draft';
import { REGIME_KEYS } from '../labels';
import { useTemplateLanguage } from '../queries';
import { sectionProgress } from '../sectionProgress';
import { ItemField } from './ItemField';

type SectionStepProps = { section: TemplateSection; draft: InspectionDraft; headingRef: RefObject<HTMLHeadingElement | null> };

/** One section of the checklist: its items in order, each with its source and legal force beside it. */
export function SectionStep({ section, draft, headingRef }: SectionStepProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const language = useTemplateLanguage();
  const headingId = useId();
  const progress = sectionProgress(draft, section);
  return (
    <section className="run-section" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1} className="section-title">
        {section.title[language]}
      </h2>
      <p className="section-hint">
        {t('inspections.run.sectionProgress', { answered: format.number(progress.answered), total: format.number(progress.total) })}{' '}
        {t('inspections.run.keyboardHint')}
      </p>
      <ol className="item-list">
        {section.items.map((item) => {
          const doesApply = isItemApplicable(item, draft.regime ?? undefined);
          return (
            <li key={item.id} className={doesApply ? 'item' : 'item item-not-applicable'}>
              {doesApply || draft.regime === null ? null : (
                <p className="item-regime-note">{t('inspections.run.notUnderRegime', { regime: t(REGIME_KEYS[draft.regime]) })}</p>
              )}
              <ItemField item={item} answer={answerDraftOf(draft, item.id)} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
