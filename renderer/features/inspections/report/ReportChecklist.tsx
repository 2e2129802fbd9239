import { useTranslation } from 'react-i18next';
import type { Answer, Answers } from '@shared/inspection/answers';
import { answerTo } from '@shared/inspection/answers';
import type { Template } from '@shared/inspection/template';
import { useFormat } from '../../../i18n/useFormat';
import { RATING_KEYS } from '../labels';
import { useTemplateLanguage } from '../queries';
import { SourceList } from '../SourceList';
import { withUnit } from '../useIndicatorText';

function useAnswerText(): (answer: Answer | undefined, unit: string | undefined) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (answer, unit) => {
    if (answer === undefined) return t('inspections.compare.noAnswer');
    if (answer.kind === 'assessment') return t(RATING_KEYS[answer.rating]);
    if (answer.kind === 'text') return answer.value;
    const value = format.number(answer.value);
    return unit === undefined ? value : withUnit(value, unit);
  };
}

/** Every item of the checklist with its answer, note and sources, section by section. */
export function ReportChecklist({ template, answers }: { template: Template; answers: Answers }) {
  const language = useTemplateLanguage();
  const answerText = useAnswerText();
  return (
    <div className="report-checklist">
      {template.sections.map((section) => (
        <section key={section.id} className="report-section" aria-label={section.title[language]}>
          <h4 className="report-subheading">{section.title[language]}</h4>
          <ol className="report-items">
            {section.items.map((item) => {
              const answer = answerTo(answers, item.id);
              const note = answer !== undefined && answer.kind !== 'text' ? answer.note : undefined;
              return (
                <li key={item.id} className="report-item">
                  <p className="report-item-label">{item.label[language]}</p>
                  <p className="report-item-answer">
                    <strong>{answerText(answer, item.unit?.[language])}</strong>
                    {note === undefined ? null : <span className="preserve-lines">{` — ${note}`}</span>}
                  </p>
                  <SourceList sources={item.source} />
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}
