import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollCallProblem } from '@shared/oversight/rollCall';
import { useFormat } from '../../i18n/useFormat';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { ROLL_CALL_PROBLEM_KEYS } from './labels';
import type { OversightFacility } from './queries';
import { TextArea } from '../../ui/TextArea';

type RollCallFormProps = {
  facilities: readonly OversightFacility[];
  ledger: string;
  onLedgerChange: (ledger: string) => void;
  text: string;
  onTextChange: (text: string) => void;
  problems: readonly RollCallProblem[];
  fileProblems: readonly RollCallProblem[];
  onCompare: () => void;
  onOpenFile: () => void;
};

/** A problem as a sentence: what is wrong, on which line, and what to do. */
function useProblemText(): (problem: RollCallProblem) => string {
  const { t } = useTranslation();
  const format = useFormat();
  return (problem) => {
    const line = format.number(problem.line);
    const column = problem.column ?? '';
    const { code } = problem;
    if (code === 'unknown-column') return t('oversight.rollCall.problem.unknownColumn', { line, column });
    if (code === 'duplicate-column') return t('oversight.rollCall.problem.duplicateColumn', { line, column });
    return t(ROLL_CALL_PROBLEM_KEYS[code], { line });
  };
}

function Problems({ id, title, problems }: { id: string; title: string; problems: readonly RollCallProblem[] }) {
  const text = useProblemText();
  if (problems.length === 0) return null;
  return (
    <div id={id} className="oversight-problems" role="alert">
      <p className="oversight-problems-title">{title}</p>
      <ul>
        {problems.slice(0, 20).map((problem) => <li key={`${problem.code}:${problem.line}`}>{text(problem)}</li>)}
      </ul>
    </div>
  );
}

/** Which facility was visited, and who was seen there: typed, or read from a CSV file. */
export function RollCallForm(props: RollCallFormProps) {
  const { t } = useTranslation();
  const problemsId = useId();
  const typedError = props.problems.length > 0 ? t('oversight.rollCall.typedInvalid') : undefined;
  return (
    <form className="oversight-form" onSubmit={(event) => { event.preventDefault(); props.onCompare(); }}>
      <SelectField
        label={t('oversight.rollCall.facility')}
        options={props.facilities.map((facility) => ({ value: facility.ledger, label: facility.name }))}
        value={props.ledger}
        onValueChange={props.onLedgerChange}
      />
      <TextArea
        label={t('oversight.rollCall.typed')}
        hint={t('oversight.rollCall.typedHint')}
        error={typedError}
        rows={8}
        dir="auto"
        value={props.text}
        onValueChange={props.onTextChange}
        aria-errormessage={typedError === undefined ? undefined : problemsId}
      />
      <Problems id={problemsId} title={t('oversight.rollCall.problemsTitle')} problems={props.problems} />
      <div className="oversight-actions">
        <Button type="submit" variant="primary">{t('oversight.rollCall.compare')}</Button>
        <Button onClick={props.onOpenFile}>{t('oversight.rollCall.openFile')}</Button>
      </div>
      <p className="oversight-muted">{t('oversight.rollCall.fileHint')}</p>
      <Problems id={`${problemsId}-file`} title={t('oversight.rollCall.fileProblemsTitle')} problems={props.fileProblems} />
      <p className="oversight-muted">{t('oversight.rollCall.notStored')}</p>
    </form>
  );
}
