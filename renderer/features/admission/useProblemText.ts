import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Formatters } from '../../i18n/useFormat';
import { useFormat } from '../../i18n/useFormat';
import type { CustodyLabels } from '../custody';
import { useCustodyLabels } from '../custody';
import type { AdmissionProblem } from './checks';
import type { ListId } from './formFields';
import { LIST_IDS } from './formFields';
import type { FormProblem } from './readers';

export type ProblemText = {
  /** The name of the input at a path, rows named by their number ("Children, row 2: Age in years"). */
  fieldName: (path: string) => string;
  /** The message next to the field: what is wrong and what to do. */
  inline: (problem: AdmissionProblem) => string;
  /** The message in the list of problems, naming the field. */
  summary: (problem: AdmissionProblem) => string;
};

function rowOf(path: string): { list: ListId; index: number; part: string } | undefined {
  const list = LIST_IDS.find((id) => path.startsWith(`${id}.`));
  if (list === undefined) return undefined;
  const [index, ...part] = path.slice(list.length + 1).split('.');
  return { list, index: Number(index), part: part.join('.') };
}

function formMessage(t: TFunction, format: Formatters): (problem: FormProblem) => string {
  return (problem) => {
    const limit = format.number(problem.limit ?? 0);
    switch (problem.code) {
      case 'required':
        return t('admission.problem.required');
      case 'too-long':
        return t('admission.problem.tooLong', { limit });
      case 'control':
        return t('admission.problem.control');
      case 'bad-date':
        return t('admission.problem.badDate');
      case 'bad-time':
        return t('admission.problem.badTime');
      case 'date-without-time':
        return t('admission.problem.dateWithoutTime');
      case 'time-without-date':
        return t('admission.problem.timeWithoutDate');
      case 'bad-number':
        return t('admission.problem.badNumber', { min: format.number(problem.min ?? 0), max: limit });
      case 'part-missing':
        return t('admission.problem.partMissing');
      case 'too-many':
        return t('admission.problem.tooMany', { limit });
    }
  };
}

function problemText(t: TFunction, labels: CustodyLabels, format: Formatters): ProblemText {
  const messageOf = formMessage(t, format);
  const fieldName = (path: string): string => {
    const row = rowOf(path);
    if (row === undefined) return labels.field(path);
    const part = labels.hasField(path) ? labels.field(path) : undefined;
    const number = format.number(row.index + 1);
    const list = labels.field(row.list);
    return part === undefined ? t('admission.rows.row', { list, number }) : t('admission.rows.part', { list, number, part });
  };
  const rule = (item: AdmissionProblem & { source: 'rule' }) => labels.problem(item.problem, fieldName(item.problem.path));
  return {
    fieldName,
    // The custody vocabulary always names the field; next to it that is a little redundant, never wrong.
    inline: (item) => (item.source === 'form' ? messageOf(item.problem) : rule(item)),
    summary: (item) =>
      item.source === 'form' ? t('admission.problem.withField', { field: fieldName(item.problem.path), message: messageOf(item.problem) }) : rule(item),
  };
}

/** Problems in words: the form's own messages, and the custody rules' through the register's vocabulary. */
export function useProblemText(): ProblemText {
  const { t } = useTranslation();
  const labels = useCustodyLabels();
  const format = useFormat();
  return useMemo(() => problemText(t, labels, format), [t, labels, format]);
}
