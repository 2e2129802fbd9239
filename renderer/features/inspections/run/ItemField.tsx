import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ANSWER_NOTE_MAX_CHARS, ANSWER_TEXT_MAX_CHARS } from '@shared/inspection/answers';
import type { TemplateItem } from '@shared/inspection/template';
import type { AnswerDraft } from '../draft';
import { withAnswer } from '../draft';
import { ANSWER_NUMBER_RULES, textProblem } from '../draftConversion';
import { useInspectionsStore } from '../inspectionsStore';
import { PROBLEM_KEYS } from '../labels';
import { useTemplateLanguage } from '../queries';
import { SourceList } from '../SourceList';
import { TextArea } from '../../../ui/TextArea';
import { NumberField } from './NumberField';
import { RatingChoices } from './RatingChoices';

type ItemFieldProps = { item: TemplateItem; answer: AnswerDraft };

/** The error for optional free text: none while empty, else what is wrong with it. */
function useTextError(text: string, maxChars: number): string | undefined {
  const { t } = useTranslation();
  if (text.trim() === '') return undefined;
  const problem = textProblem(text, maxChars, true);
  return problem === null ? undefined : t(PROBLEM_KEYS[problem]);
}

/** One checklist item: its question, sources and guidance, and the input its kind asks for. */
export function ItemField({ item, answer }: ItemFieldProps) {
  const { t } = useTranslation();
  const language = useTemplateLanguage();
  const sourcesId = useId();
  const editDraft = useInspectionsStore((state) => state.editDraft);
  const change = (patch: Partial<AnswerDraft>) => {
    editDraft((draft) => withAnswer(draft, item.id, patch));
  };
  const noteError = useTextError(answer.note, ANSWER_NOTE_MAX_CHARS);
  const textError = useTextError(answer.value, ANSWER_TEXT_MAX_CHARS);
  const label = item.kind === 'number' && item.unit !== undefined ? `${item.label[language]} (${item.unit[language]})` : item.label[language];
  const note = (
    <TextArea label={t('inspections.run.note')} aria-label={t('inspections.run.noteOn', { item: item.label[language] })} hint={answer.rating === 'not_compliant' || answer.rating === 'partly' ? t('inspections.run.noteHintFinding') : undefined} error={noteError} value={answer.note} rows={2} onValueChange={(value) => { change({ note: value }); }} />
  );
  return (
    <div className="item-field">
      {item.kind === 'assessment' ? (
        <RatingChoices legend={label} describedBy={sourcesId} value={answer.rating} hasNoteWithoutRating={answer.rating === null && answer.note.trim() !== ''} onChange={(rating) => { change({ rating }); }} />
      ) : null}
      {item.guidance === undefined ? null : <p className="item-guidance">{item.guidance[language]}</p>}
      <SourceList sources={item.source} id={sourcesId} />
      {item.kind === 'number' || item.kind === 'count' ? (
        <NumberField label={label} value={answer.value} rules={ANSWER_NUMBER_RULES[item.kind]} onValueChange={(value) => { change({ value }); }} />
      ) : null}
      {item.kind === 'text' ? (
        <TextArea label={label} error={textError} value={answer.value} onValueChange={(value) => { change({ value }); }} />
      ) : null}
      {item.kind === 'text' ? null : note}
    </div>
  );
}
